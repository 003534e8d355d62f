package org.rapporteur.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A document on its way through the pipeline: metadata, blocks and the warnings found so far.
 * Every stage takes one and returns a new one.
 */
public record Document(Metadata metadata, List<Block> blocks, List<Warning> warnings) {
    public Document {
        Objects.requireNonNull(metadata, "metadata must not be null");
        blocks = List.copyOf(blocks);
        warnings = List.copyOf(warnings);
    }

    public static Document of(Metadata metadata, List<? extends Block> blocks) {
        return new Document(metadata, List.copyOf(blocks), List.of());
    }

    public Document withBlocks(List<? extends Block> newBlocks) {
        return new Document(metadata, List.copyOf(newBlocks), warnings);
    }

    public Document withMetadata(Metadata newMetadata) {
        return new Document(newMetadata, blocks, warnings);
    }

    public Document withWarnings(List<Warning> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Warning> all = new ArrayList<>(warnings);
        all.addAll(more);
        return new Document(metadata, blocks, all);
    }

    /**
     * The document's date, ISO: its first closing's adoption date, else the date of issue its masthead prints
     * (a draft's only date). What front matter and the batch index date a document by.
     */
    public java.util.Optional<String> date() {
        return blocks(Closing.class).stream().findFirst().flatMap(Closing::date).map(Object::toString)
                .or(() -> metadata.get(Field.ADOPTION_DATE)).or(() -> metadata.get(Field.ISSUED_DATE));
    }

    /** The blocks of one type, in order. */
    public <T extends Block> List<T> blocks(Class<T> type) {
        return blocks.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
