package dev.edgarlive.emulator;

/** template.yaml is missing, unreadable, or does not define a resource the way provisioning needs it. */
public final class TemplateException extends RuntimeException {

    TemplateException(String message) {
        super(message);
    }

    TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
