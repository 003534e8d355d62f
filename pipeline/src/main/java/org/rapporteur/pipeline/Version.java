package org.rapporteur.pipeline;

/** The tool's name and version, as reports and manifests record it: a new version redoes every file. */
public final class Version {
    public static final String TOOL = "rapporteur 0.1.0";

    private Version() {
    }
}
