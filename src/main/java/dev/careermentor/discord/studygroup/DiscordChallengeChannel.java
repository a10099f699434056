package dev.careermentor.discord.studygroup;

import dev.careermentor.discord.BotReply;
import dev.careermentor.discord.JdaRender;
import dev.careermentor.studygroup.ChallengeChannel;
import dev.careermentor.studygroup.StudyGroupMessage;
import dev.careermentor.studygroup.model.StudyGroup;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.MiscUtil;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Delivers study-group messages through JDA. Discord's answers are sorted into permanent failures
 * (the channel is gone, the bot may not post there: the group pauses) and transient ones (retried).
 * The shards are attached once the bot has connected; until then every send is transient. A group
 * is served through the shard of its guild: if that shard is not connected, or not held by this
 * process at all, the failure is transient, never "the channel is gone" (which would pause it).
 */
public final class DiscordChallengeChannel implements ChallengeChannel {

    private static final Set<ErrorResponse> PERMANENT = EnumSet.of(ErrorResponse.UNKNOWN_CHANNEL,
            ErrorResponse.MISSING_ACCESS, ErrorResponse.MISSING_PERMISSIONS, ErrorResponse.UNKNOWN_GUILD,
            ErrorResponse.CANNOT_SEND_TO_USER, ErrorResponse.UNKNOWN_USER);

    private final AtomicReference<ShardManager> shards = new AtomicReference<>();
    private final StudyGroupTexts texts;

    public DiscordChallengeChannel(StudyGroupTexts texts) {
        this.texts = texts;
    }

    public void attach(ShardManager connected) {
        shards.set(connected);
    }

    @Override
    public long post(StudyGroup group, DailyPost post) throws SendFailure {
        GuildMessageChannel channel = channel(group);
        BotReply reply = ChallengeMessages.post(post, "Daily challenge");
        MessageCreateData data = JdaRender.create(reply);
        return send(() -> {
            var action = channel.sendMessage(data);
            if (post.roleId() != null) {
                action = action.mentionRoles(post.roleId()); // the one ping the admin asked for; never @everyone
            }
            return action.complete().getIdLong();
        });
    }

    @Override
    public Optional<Long> findPosted(StudyGroup group, long postId) throws SendFailure {
        String marker = DailyPost.marker(postId);
        GuildMessageChannel channel = channel(group);
        long self = channel.getJDA().getSelfUser().getIdLong();
        List<Message> recent = send(() -> channel.getHistory().retrievePast(50).complete());
        return recent.stream()
                .filter(m -> m.getAuthor().getIdLong() == self)
                .filter(m -> m.getEmbeds().stream().map(MessageEmbed::getFooter)
                        .anyMatch(f -> f != null && f.getText() != null && f.getText().contains(marker)))
                .map(Message::getIdLong)
                .findFirst();
    }

    @Override
    public void say(StudyGroup group, StudyGroupMessage message) throws SendFailure {
        GuildMessageChannel channel = channel(group);
        String text = texts.render(message);
        send(() -> channel.sendMessage(JdaRender.create(BotReply.text(text))).complete());
    }

    @Override
    public void directMessage(long userId, StudyGroupMessage message) throws SendFailure {
        JDA client = anyConnectedShard(); // a direct message is a REST call any shard can make
        String text = texts.render(message);
        send(() -> client.openPrivateChannelById(userId).complete()
                .sendMessage(JdaRender.create(BotReply.text(text))).complete());
    }

    private GuildMessageChannel channel(StudyGroup group) throws SendFailure {
        JDA client = shardOf(group);
        GuildMessageChannel channel = group.channelId() == null ? null
                : client.getChannelById(GuildMessageChannel.class, group.channelId());
        if (channel == null) {
            throw new SendFailure("the channel no longer exists or the bot cannot see it", true, null);
        }
        return channel;
    }

    /** The connected shard that receives the group's guild; only its cache can know the channel. */
    private JDA shardOf(StudyGroup group) throws SendFailure {
        ShardManager manager = attached();
        int shard = group.guildId() == null ? 0 : MiscUtil.getShardForGuild(group.guildId(), manager.getShardsTotal());
        JDA client = manager.getShardById(shard);
        if (client == null) {
            throw new SendFailure("shard " + shard + " of guild " + group.guildId() + " is held by another process", false,
                    null);
        }
        if (client.getStatus() != JDA.Status.CONNECTED) {
            throw new SendFailure("shard " + shard + " is not connected to Discord yet", false, null);
        }
        return client;
    }

    private JDA anyConnectedShard() throws SendFailure {
        return attached().getShards().stream().filter(s -> s.getStatus() == JDA.Status.CONNECTED).findFirst()
                .orElseThrow(() -> new SendFailure("not connected to Discord yet", false, null));
    }

    private ShardManager attached() throws SendFailure {
        ShardManager manager = shards.get();
        if (manager == null) {
            throw new SendFailure("not connected to Discord yet", false, null);
        }
        return manager;
    }

    private interface Call<T> {
        T run();
    }

    private static <T> T send(Call<T> call) throws SendFailure {
        try {
            return call.run();
        } catch (InsufficientPermissionException e) {
            throw new SendFailure("the bot lacks the permission " + e.getPermission().getName() + " in that channel", true, e);
        } catch (ErrorResponseException e) {
            throw new SendFailure(e.getMeaning(), PERMANENT.contains(e.getErrorResponse()), e);
        } catch (RuntimeException e) {
            throw new SendFailure(e.toString(), false, e);
        }
    }
}
