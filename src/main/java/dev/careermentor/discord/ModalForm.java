package dev.careermentor.discord;

import java.util.List;

/** A pop-up form with text inputs; its submission comes back with {@code id} as custom id. */
public record ModalForm(String id, String title, List<Input> inputs) {

    public ModalForm {
        inputs = List.copyOf(inputs);
    }

    /** A text input. {@code paragraph} makes it multi-line. */
    public record Input(String id, String label, String placeholder, boolean paragraph, int minLength, int maxLength,
            boolean required) {
    }
}
