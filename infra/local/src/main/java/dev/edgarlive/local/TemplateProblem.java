package dev.edgarlive.local;

/** template.yaml defines something the local stack cannot run as written; the message names the place. */
public final class TemplateProblem extends RuntimeException {

    public TemplateProblem(String message) {
        super(message);
    }
}
