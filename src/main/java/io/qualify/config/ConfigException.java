package io.qualify.config;

/** A configuration value that is missing or wrong; the message names the key. */
public class ConfigException extends IllegalArgumentException {

    public ConfigException(String message) {
        super(message);
    }
}
