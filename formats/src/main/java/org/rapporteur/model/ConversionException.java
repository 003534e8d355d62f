package org.rapporteur.model;

/** The one error type: this file could not be converted, for the reason given. */
public class ConversionException extends Exception {
    public ConversionException(String message) {
        super(message);
    }

    public ConversionException(String message, Throwable cause) {
        super(message, cause);
    }
}
