package org.rapporteur.distributed;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/**
 * The job's options, as {@code --name=value} arguments; each maps to an option of the local
 * {@code rapporteur convert} (see the README's table).
 */
public interface ConvertOptions extends PipelineOptions {
    @Description("Input file pattern for Beam FileIO, e.g. /data/in/** or gs://bucket/in/**/*.pdf")
    @Validation.Required
    String getInput();

    void setInput(String value);

    @Description("Directory the output tree mirrors (default: the pattern's directory before its first wildcard)")
    String getInputRoot();

    void setInputRoot(String value);

    @Description("Output directory (any Beam file system)")
    @Validation.Required
    String getOutput();

    void setOutput(String value);

    @Description("Formats to write, comma-separated: md, docx, akn")
    @Default.String("md,docx,akn")
    String getFormats();

    void setFormats(String value);

    @Description("Encoding of text inputs (default: detected)")
    String getEncoding();

    void setEncoding(String value);

    @Description("Refuse input files larger than this many megabytes")
    @Default.Long(64)
    Long getMaxSizeMb();

    void setMaxSizeMb(Long value);
}
