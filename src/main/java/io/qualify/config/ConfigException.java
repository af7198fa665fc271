package io.qualify.config;

import io.qualify.QualifyException;

/** A configuration value that is missing or wrong; the message names the key. */
public class ConfigException extends QualifyException {

    public ConfigException(String message) {
        super(message);
    }
}
