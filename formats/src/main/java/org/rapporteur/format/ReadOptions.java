package org.rapporteur.format;

import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;

/** Immutable options for readers. {@code encoding} forces a text encoding instead of detecting it. */
public record ReadOptions(Optional<Charset> encoding) {
    public static final ReadOptions DEFAULTS = new ReadOptions(Optional.empty());

    public ReadOptions {
        Objects.requireNonNull(encoding, "encoding must not be null");
    }
}
