package dev.careermentor.knowledge;

/** A file that could not be (fully) loaded; the rest of the knowledge base still loads. */
public record LoadProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
