package dev.careermentor.discord;

import java.net.ConnectException;
import java.util.Set;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.Response;

/** Failures as JDA reports them, for unit tests: a status from Discord, or no answer at all. */
final class DiscordErrors {

    private DiscordErrors() {
    }

    static ErrorResponseException status(int status, ErrorResponse meaning) {
        return ErrorResponseException.create(meaning, new Response(null, status, "status " + status, -1, Set.of()));
    }

    static ErrorResponseException serverError() {
        return status(500, ErrorResponse.SERVER_ERROR);
    }

    static ErrorResponseException unreachable() {
        return ErrorResponseException.create(ErrorResponse.SERVER_ERROR,
                new Response(new ConnectException("Connection refused"), Set.of()));
    }
}
