package dev.careermentor.discord;

/**
 * Who triggered an event and where.
 *
 * @param guildId null in direct messages
 * @param canManageServer whether the member has the Manage Server permission (checked again by admin commands)
 */
public record Caller(long userId, String userName, Long guildId, long channelId, boolean canManageServer) {

    /** A short log context: guild, channel and user ids (never message text). */
    public String logContext() {
        return "g=" + (guildId == null ? "dm" : guildId) + " c=" + channelId + " u=" + userId;
    }
}
