package dev.careermentor.discord.fake;

import static dev.careermentor.discord.fake.Json.arr;
import static dev.careermentor.discord.fake.Json.obj;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import net.dv8tion.jda.api.utils.SessionController;

/**
  * A local, Discord-compatible server for end-to-end tests of the real JDA library: REST (JDK HttpServer) and gateway
  * (Java-WebSocket) on 127.0.0.1 with ephemeral ports.
  *
  * <p>The world it serves: one guild ({@link #GUILD_ID}) owned by the bot, text channels "general" ({@link #CHANNEL_ID})
  * and "study" ({@link #SECOND_CHANNEL_ID}), an "Admin" role ({@link #ADMIN_ROLE_ID}: ADMINISTRATOR + MANAGE_SERVER)
  * held by {@link #ADMIN_ID}, and ordinary members {@link #MEMBER_ID} and {@link #OTHER_MEMBER_ID}.
  *
  * <p>{@link #startSharded(int) Sharded}, it also serves a second guild ({@link #OTHER_GUILD_ID}, with
  * {@link #OTHER_CHANNEL_ID}, {@link #OTHER_SECOND_CHANNEL_ID} and its own Admin role) that the shard formula
  * {@code (guild_id >> 22) % shards} puts on shard 1 of 2, answers {@code GET gateway/bot} with that shard count, and
  * keeps one gateway session per shard (see {@link FakeGateway}).
  *
  * <p>Connect JDA with {@code new RestConfig().setBaseUrl(fake.restBaseUrl())} and a {@code ConcurrentSessionController}
  * whose {@code getGateway()} returns {@link #gatewayUrl()}. Both zlib-stream and uncompressed gateways work.
  *
  * <p>Discord behaviour it enforces (so bugs show up in tests the way they would in production):
  * <ul>
  *   <li>interaction callbacks must arrive within {@link #setAckDeadline(Duration) 3 s} of the dispatch and only once
  *       (404 10062 / 400 40060); follow-ups need an acknowledged interaction (404 10015);</li>
  *   <li>messages: not empty (50006), content at most 2000 characters, at most 10 embeds, embed description at most
  *       4096 and all embeds at most 6000 characters (400 50035 "Invalid Form Body");</li>
  *   <li>without the MESSAGE_CONTENT intent, injected guild messages arrive with empty content unless they mention the
  *       bot; without GUILD_MESSAGES / DIRECT_MESSAGES they are not delivered at all (a warning is printed).</li>
  * </ul>
  *
  * <p>Also mirrors what Discord sends back: MESSAGE_CREATE for the bot's own non-ephemeral messages (when the intents
  * allow), THREAD_CREATE for threads it creates.
  */
public final class FakeDiscord implements AutoCloseable {

    public static final String TOKEN = "fake-bot-token";
    public static final long BOT_ID = 1300000000000000001L;
    public static final long APPLICATION_ID = 1300000000000000002L;
    public static final long GUILD_ID = 1300000000000000100L;
    /** Text channel "general". */
    public static final long CHANNEL_ID = 1300000000000000201L;
    /** Text channel "study". */
    public static final long SECOND_CHANNEL_ID = 1300000000000000202L;
    /** Role "Admin" with ADMINISTRATOR and MANAGE_SERVER. */
    public static final long ADMIN_ROLE_ID = 1300000000000000301L;
    /** Member holding the Admin role (ADMINISTRATOR / MANAGE_SERVER). */
    public static final long ADMIN_ID = 1300000000000000401L;
    /** Ordinary member, no Manage Server. */
    public static final long MEMBER_ID = 1300000000000000402L;
    /** Another ordinary member. */
    public static final long OTHER_MEMBER_ID = 1300000000000000403L;
    /** The second guild of a {@link #startSharded sharded} server: on shard 1 of 2 ({@link #GUILD_ID} is on shard 0). */
    public static final long OTHER_GUILD_ID = 1300000000004194404L;
    /** Text channel "general" of {@link #OTHER_GUILD_ID}. */
    public static final long OTHER_CHANNEL_ID = 1300000000004194501L;
    /** Text channel "study" of {@link #OTHER_GUILD_ID}. */
    public static final long OTHER_SECOND_CHANNEL_ID = 1300000000004194502L;
    /** Role "Admin" of {@link #OTHER_GUILD_ID}, also held by {@link #ADMIN_ID}. */
    public static final long OTHER_ADMIN_ROLE_ID = 1300000000004194601L;

    /** Every permission bit Discord defines (interaction {@code permissions} of admins and {@code app_permissions}). */
    public static final String ALL_PERMISSIONS = "2251799813685247";
    /** Permissions of @everyone, i.e. of ordinary members: no MANAGE_SERVER (0x20), no ADMINISTRATOR (0x8). */
    public static final long MEMBER_PERMISSIONS =
            (1L << 6) // ADD_REACTIONS
                    | (1L << 10) // VIEW_CHANNEL
                    | (1L << 11) // SEND_MESSAGES
                    | (1L << 14) // EMBED_LINKS
                    | (1L << 15) // ATTACH_FILES
                    | (1L << 16) // READ_MESSAGE_HISTORY
                    | (1L << 18) // USE_EXTERNAL_EMOJIS
                    | (1L << 20) // CONNECT
                    | (1L << 21) // SPEAK
                    | (1L << 26) // CHANGE_NICKNAME
                    | (1L << 31) // USE_APPLICATION_COMMANDS
                    | (1L << 35) // CREATE_PUBLIC_THREADS
                    | (1L << 38); // SEND_MESSAGES_IN_THREADS
    private static final long ADMIN_ROLE_PERMISSIONS = 0x8L | 0x20L;

    private static final String API_PREFIX = "/api/v10/";
    private static final Duration SESSION_WAIT = Duration.ofSeconds(15);
    private static final String FIXED_JOINED_AT = "2024-01-15T10:00:00.000000+00:00";
    private static final int GUILD_MESSAGES_INTENT = 1 << 9;
    private static final int DIRECT_MESSAGES_INTENT = 1 << 12;
    /** The MESSAGE_CONTENT gateway intent bit (privileged: enabled in the developer portal). */
    public static final int MESSAGE_CONTENT_INTENT = 1 << 15;
    private static final int FLAG_EPHEMERAL = 64;
    private static final int FLAG_LOADING = 128;
    private static final int FLAG_HAS_THREAD = 32;

    // ============================================================================================== public records

    /**
      * One HTTP request as the server received it. {@code path} has no {@code /api/v10/} prefix and no query, e.g.
      * {@code interactions/123/tok/callback}; {@code query} is the raw query string ("" when absent); header names are
      * matched case-insensitively; {@code json} is the parsed body, or the parsed {@code payload_json} part of a multipart
      * body, or null.
      */
    public record Request(
            String method, String path, String query, Map<String, String> headers, String body, JsonNode json) {}

    /** An injected interaction: its id and token (what the bot answers with) and the full INTERACTION_CREATE payload. */
    public record Interaction(String id, String token, JsonNode payload) {}

    // ============================================================================================== internal types

    private static final class Exchange {
        final Request request;
        final Instant receivedAt;
        final long receivedNanos;
        final int status;
        final boolean unhandled;

        Exchange(Request request, Instant receivedAt, long receivedNanos, int status, boolean unhandled) {
            this.request = request;
            this.receivedAt = receivedAt;
            this.receivedNanos = receivedNanos;
            this.status = status;
            this.unhandled = unhandled;
        }
    }

    private record Resp(int status, JsonNode body, Map<String, String> headers, boolean unhandled) {
        static Resp ok(JsonNode body) {
            return new Resp(200, body, Map.of(), false);
        }

        static Resp status(int status, JsonNode body) {
            return new Resp(status, body, Map.of(), false);
        }

        static Resp noContent() {
            return new Resp(204, null, Map.of(), false);
        }

        static Resp error(int status, int code, String message) {
            return new Resp(status, obj("code", code, "message", message), Map.of(), false);
        }

        static Resp unknownRoute() {
            return new Resp(404, obj("code", 0, "message", "404: Not Found"), Map.of(), true);
        }
    }

    /** @param fromProxy answered by a REST proxy itself: no {@code Via} header, as nirn-proxy's own 429s */
    private record RateLimitRule(String method, Pattern path, double retryAfterSeconds, boolean fromProxy) {}

    /** When a fault strikes: before the request is processed (nothing happens), or after (it happened, the answer is lost). */
    private enum FaultPoint { BEFORE, AFTER }

    /** A server error for the next {@code left} requests that {@code which} matches. */
    private static final class Fault {
        final Predicate<Request> which;
        final int status;
        final FaultPoint point;
        int left;

        Fault(Predicate<Request> which, int status, FaultPoint point, int times) {
            this.which = which;
            this.status = status;
            this.point = point;
            this.left = times;
        }

        int times() {
            return left;
        }
    }

    private enum Kind { CHANNEL_POST, USER, INTERACTION_RESPONSE, FOLLOW_UP }

    private static final class Stored {
        final ObjectNode json;
        final Kind kind;
        final long channelId;
        final String interactionId;
        boolean deleted;

        Stored(ObjectNode json, Kind kind, long channelId, String interactionId) {
            this.json = json;
            this.kind = kind;
            this.channelId = channelId;
            this.interactionId = interactionId;
        }

        long id() {
            return json.path("id").asLong();
        }
    }

    private static final class InteractionState {
        final String id;
        final String token;
        final int type;
        final long channelId;
        final long userId;
        final long createdNanos;
        final Long sourceMessageId;
        final String commandName;
        boolean acknowledged;
        Long originalMessageId;
        final List<Long> followUps = new ArrayList<>();

        InteractionState(String id, String token, int type, long channelId, long userId, Long sourceMessageId,
                String commandName) {
            this.id = id;
            this.token = token;
            this.type = type;
            this.channelId = channelId;
            this.userId = userId;
            this.sourceMessageId = sourceMessageId;
            this.commandName = commandName;
            this.createdNanos = System.nanoTime();
        }
    }

    private record ShownModal(JsonNode data, long channelId, Long sourceMessageId) {}

    private record Upload(String filename, String contentType, byte[] data) {}

    // ============================================================================================== state

    private final int shardCount;
    /** Guild id to its Admin role id, in the order the guilds were created. */
    private final Map<Long, Long> guilds = new LinkedHashMap<>();
    private final HttpServer http;
    private final ExecutorService httpExecutor;
    private final FakeGateway gateway;
    private final String restBaseUrl;
    private final String gatewayUrl;
    private final AtomicLong lastId = new AtomicLong();

    private final Object lock = new Object();
    // --- everything below is guarded by lock; lock.notifyAll() after every change ---
    private final List<Exchange> exchanges = new ArrayList<>();
    private final List<RateLimitRule> rateLimits = new ArrayList<>();
    private final List<Fault> faults = new ArrayList<>();
    private final Map<Long, String[]> users = new HashMap<>(); // id -> {username, global_name}
    private final Set<Long> members = new LinkedHashSet<>();
    private final Map<Long, ObjectNode> channels = new LinkedHashMap<>();
    private final List<Long> threadIds = new ArrayList<>();
    private final Map<Long, Long> dmChannelByUser = new LinkedHashMap<>();
    private final Set<Long> deletedChannels = new HashSet<>();
    private final Set<Long> deniedChannels = new HashSet<>();
    private final Set<Long> closedDms = new HashSet<>();
    private final Map<Long, Stored> messages = new HashMap<>();
    private final Map<Long, List<Stored>> history = new HashMap<>();
    private final Map<String, ObjectNode> globalCommands = new LinkedHashMap<>();
    private final Map<Long, Map<String, ObjectNode>> guildCommands = new HashMap<>();
    private final Map<String, InteractionState> interactions = new HashMap<>();
    private final Map<String, ShownModal> shownModals = new HashMap<>();
    private final Map<String, byte[]> uploadedFiles = new HashMap<>(); // attachment id -> the bytes uploaded
    private Duration ackDeadline = Duration.ofSeconds(3);

    private FakeDiscord(int shardCount, int restPort, int gatewayPort) throws IOException {
        this.shardCount = shardCount;
        users.put(BOT_ID, new String[] {"career-mentor", "Career Mentor"});
        users.put(ADMIN_ID, new String[] {"alice.admin", "Alice"});
        users.put(MEMBER_ID, new String[] {"bob.member", "Bob"});
        users.put(OTHER_MEMBER_ID, new String[] {"carol.member", "Carol"});
        members.addAll(List.of(BOT_ID, ADMIN_ID, MEMBER_ID, OTHER_MEMBER_ID));
        guilds.put(GUILD_ID, ADMIN_ROLE_ID);
        channels.put(CHANNEL_ID, textChannel(GUILD_ID, CHANNEL_ID, "general", 0, "General chat"));
        channels.put(SECOND_CHANNEL_ID, textChannel(GUILD_ID, SECOND_CHANNEL_ID, "study", 1, "Study groups"));
        if (shardCount > 1) {
            guilds.put(OTHER_GUILD_ID, OTHER_ADMIN_ROLE_ID);
            channels.put(OTHER_CHANNEL_ID, textChannel(OTHER_GUILD_ID, OTHER_CHANNEL_ID, "general", 0, "General chat"));
            channels.put(OTHER_SECOND_CHANNEL_ID, textChannel(OTHER_GUILD_ID, OTHER_SECOND_CHANNEL_ID, "study", 1,
                    "Study groups"));
        }

        AtomicInteger threadNo = new AtomicInteger();
        httpExecutor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-discord-rest-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), restPort), 0);
        http.setExecutor(httpExecutor);
        http.createContext("/", this::handleHttp);
        http.start();
        restBaseUrl = "http://127.0.0.1:" + http.getAddress().getPort() + API_PREFIX;

        gateway = new FakeGateway(this, gatewayPort);
        try {
            gateway.startAndAwait();
        } catch (RuntimeException e) {
            http.stop(0);
            httpExecutor.shutdownNow();
            throw e;
        }
        gatewayUrl = "ws://127.0.0.1:" + gateway.getPort();
    }

    /** Starts REST and gateway on 127.0.0.1 with ephemeral ports: one guild, one shard. */
    public static FakeDiscord start() {
        return startSharded(1);
    }

    /**
      * Starts REST and the gateway on the given ports of 127.0.0.1 (0: an ephemeral one), e.g. to bring Discord "back"
      * where a bot has been failing to reach it. Throws if a port is taken.
      */
    public static FakeDiscord startOn(int restPort, int gatewayPort) {
        try {
            return new FakeDiscord(1, restPort, gatewayPort);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
      * A server that requires {@code shards} shards (IDENTIFY with another total is closed with 4011 or 4010) and, from
      * two shards on, also serves {@link #OTHER_GUILD_ID}.
      */
    public static FakeDiscord startSharded(int shards) {
        if (shards < 1) {
            throw new IllegalArgumentException("shards must be at least 1");
        }
        try {
            return new FakeDiscord(shards, 0, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
      * Adds {@code count} more guilds, each with {@code channelsPerGuild} text channels, an Admin role and the usual
      * members, spread over the shards by the formula (for measuring what a shard full of guilds costs). Call before the
      * bot connects. Returns their ids.
      */
    public List<Long> addGuilds(int count, int channelsPerGuild) {
        synchronized (lock) {
            List<Long> added = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                long guildId = ((2000L + i) << 22) + 7;
                guilds.put(guildId, guildId + 1);
                for (int c = 0; c < channelsPerGuild; c++) {
                    long channelId = guildId + 2 + c;
                    channels.put(channelId, textChannel(guildId, channelId, "channel-" + c, c, "Channel " + c));
                }
                added.add(guildId);
            }
            return added;
        }
    }

    /** Discord's rule: which shard of {@code shards} receives a guild's events. */
    public static int shardOf(long guildId, int shards) {
        return (int) ((guildId >> 22) % shards);
    }

    /** How many shards a bot must connect ({@code GET gateway/bot} recommends exactly this). */
    public int shardCount() {
        return shardCount;
    }

    /** The guild a channel or thread belongs to; 0 for a direct-message channel. */
    public long guildOf(long channelId) {
        synchronized (lock) {
            ObjectNode channel = channels.get(channelId);
            if (channel == null) {
                throw new IllegalArgumentException("Unknown channel " + channelId);
            }
            return channel.path("guild_id").asLong(0);
        }
    }

    /** Waits until the shard has a live gateway connection (a client identified or resumed, and is still connected). */
    public void awaitShardConnected(int shard, Duration timeout) {
        gateway.awaitConnected(shard, timeout);
    }

    /** Whether the shard has a live gateway connection now. */
    public boolean isShardConnected(int shard) {
        return gateway.isConnected(shard);
    }

    /** {@code http://127.0.0.1:PORT/api/v10/} */
    public String restBaseUrl() {
        return restBaseUrl;
    }

    /** {@code ws://127.0.0.1:PORT}; also READY's {@code resume_gateway_url}. */
    public String gatewayUrl() {
        return gatewayUrl;
    }

    /** Convenience: {@code new RestConfig().setBaseUrl(restBaseUrl())}. */
    public RestConfig restConfig() {
        return new RestConfig().setBaseUrl(restBaseUrl);
    }

    /** Convenience: a {@link ConcurrentSessionController} whose {@code getGateway()} is {@link #gatewayUrl()}. */
    public SessionController sessionController() {
        String url = gatewayUrl;
        return new ConcurrentSessionController() {
            @Override
            public String getGateway() {
                return url;
            }
        };
    }

    @Override
    public void close() {
        try {
            gateway.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        http.stop(0);
        httpExecutor.shutdownNow();
    }

    // ============================================================================================== recording

    /** Every request received so far, in arrival order (including 401/404/429 answers). */
    public List<Request> requests() {
        synchronized (lock) {
            return exchanges.stream().map(e -> e.request).collect(Collectors.toUnmodifiableList());
        }
    }

    public List<Request> requestsMatching(Predicate<Request> p) {
        synchronized (lock) {
            return exchanges.stream().map(e -> e.request).filter(p).collect(Collectors.toUnmodifiableList());
        }
    }

    /**
      * The first request matching {@code p}, past or future. A request is recorded in the same step in which the server
      * processes it (state such as stored messages changes together with the record), before the response is written.
      */
    public Request awaitRequest(Predicate<Request> p, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (true) {
                for (Exchange e : exchanges) {
                    if (p.test(e.request)) {
                        return e.request;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("No matching request within " + timeout + ". Received:\n" + describeRequests());
                }
                waitOn(left);
            }
        }
    }

    /** The HTTP status the server answered {@code r} with. */
    public int statusOf(Request r) {
        return exchangeOf(r).status;
    }

    /** When the server received {@code r}. */
    public Instant receivedAt(Request r) {
        return exchangeOf(r).receivedAt;
    }

    /** Monotonic {@link System#nanoTime()} at which the server received {@code r} (for measuring gaps). */
    public long receivedNanos(Request r) {
        return exchangeOf(r).receivedNanos;
    }

    /** Requests to routes the fake does not know (answered 404 {@code {"code":0,"message":"404: Not Found"}}). */
    public List<Request> unhandledRequests() {
        synchronized (lock) {
            return exchanges.stream().filter(e -> e.unhandled).map(e -> e.request)
                    .collect(Collectors.toUnmodifiableList());
        }
    }

    /** The last IDENTIFY's {@code d}, waiting for the first one. */
    public JsonNode awaitIdentify(Duration timeout) {
        return gateway.awaitIdentify(timeout);
    }

    public int identifyCount() {
        return gateway.identifyCount();
    }

    public int resumeCount() {
        return gateway.resumeCount();
    }

    /** Waits until {@code count} RESUMEs were received and a connection is live again. */
    public void awaitResumes(int count, Duration timeout) {
        gateway.awaitResumed(count, timeout);
    }

    /** Resource descriptors of every gateway connection, e.g. {@code /?encoding=json&v=10&compress=zlib-stream}. */
    public List<String> gatewayConnections() {
        return gateway.connectionUrls();
    }

    /**
      * The last body PUT to {@code applications/{app}/commands} or {@code applications/{app}/guilds/{guild}/commands},
      * waiting for the first.
      */
    public JsonNode registeredCommands(Duration timeout) {
        Predicate<Request> isPut = r -> r.method().equals("PUT") && r.path().matches(
                "applications/\\d+/(guilds/\\d+/)?commands");
        awaitRequest(isPut, timeout);
        List<Request> puts = requestsMatching(isPut);
        return puts.get(puts.size() - 1).json();
    }

    /** The callback request ({@code POST interactions/{id}/{token}/callback}) the bot sent for {@code i}. */
    public Request awaitCallback(Interaction i, Duration timeout) {
        String path = "interactions/" + i.id() + "/" + i.token() + "/callback";
        return awaitRequest(r -> r.method().equals("POST") && r.path().equals(path), timeout);
    }

    /**
      * The interaction's original response message once it has content: created by a type 4 callback, or by editing
      * {@code @original} after a deferred reply (type 5); for component interactions answered with type 6/7 it is the
      * message the component was on.
      */
    public JsonNode awaitOriginalMessage(Interaction i, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (true) {
                InteractionState state = interactions.get(i.id());
                if (state != null && state.originalMessageId != null) {
                    Stored stored = messages.get(state.originalMessageId);
                    if (stored != null && (stored.json.path("flags").asInt() & FLAG_LOADING) == 0) {
                        return stored.json.deepCopy();
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("Interaction " + i.id() + " has no original response message within " + timeout
                            + ". Received:\n" + describeRequests());
                }
                waitOn(left);
            }
        }
    }

    /** Follow-up messages ({@code POST webhooks/{app}/{token}}) sent for {@code i}, oldest first. */
    public List<JsonNode> followUps(Interaction i) {
        synchronized (lock) {
            InteractionState state = interactions.get(i.id());
            if (state == null) {
                return List.of();
            }
            return state.followUps.stream().map(messages::get).filter(s -> s != null && !s.deleted)
                    .map(s -> (JsonNode) s.json.deepCopy()).collect(Collectors.toUnmodifiableList());
        }
    }

    /** Any message the server knows (bot posts, interaction responses, follow-ups, injected user messages). */
    public JsonNode message(long messageId) {
        synchronized (lock) {
            Stored s = messages.get(messageId);
            return s == null || s.deleted ? null : s.json.deepCopy();
        }
    }

    /** How long the bot has to acknowledge an interaction (Discord: 3 s). */
    /** The bytes uploaded (multipart) for an attachment of a stored message, by the attachment's {@code id}. */
    public byte[] attachmentBytes(String attachmentId) {
        synchronized (lock) {
            byte[] data = uploadedFiles.get(attachmentId);
            if (data == null) {
                throw new IllegalArgumentException("no uploaded attachment " + attachmentId);
            }
            return data.clone();
        }
    }

    public void setAckDeadline(Duration deadline) {
        synchronized (lock) {
            ackDeadline = deadline;
        }
    }

    // ============================================================================================== injection

    public Interaction slashCommand(long userId, String command, Map<String, Object> options) {
        return slashCommand(CHANNEL_ID, userId, command, options);
    }

    /** A slash command used in {@code channelId} (a text channel or a thread). */
    public Interaction slashCommand(long channelId, long userId, String command, Map<String, Object> options) {
        return commandInteraction(2, channelId, userId, command, null, options, null, null);
    }

    /** {@code subcommand} may be "sub" or "group sub". */
    public Interaction slashSubcommand(long userId, String command, String subcommand, Map<String, Object> options) {
        return slashSubcommand(CHANNEL_ID, userId, command, subcommand, options);
    }

    /** A subcommand used in {@code channelId} (of whichever guild that channel belongs to). */
    public Interaction slashSubcommand(long channelId, long userId, String command, String subcommand,
            Map<String, Object> options) {
        return commandInteraction(2, channelId, userId, command, subcommand, options, null, null);
    }

    /** An autocomplete request (type 4) whose only option is {@code focusedOption}, flagged {@code focused: true}. */
    public Interaction autocomplete(long userId, String command, String focusedOption, String typed) {
        return commandInteraction(4, CHANNEL_ID, userId, command, null, Map.of(), focusedOption, typed);
    }

    /** A button press on {@code message} (as returned by the server; its current stored version is used). */
    public Interaction button(long userId, JsonNode message, String customId) {
        return componentInteraction(userId, message, customId, 2, null);
    }

    public Interaction stringSelect(long userId, JsonNode message, String customId, List<String> values) {
        return componentInteraction(userId, message, customId, 3, values);
    }

    /**
      * A modal submission (type 5). Each text input is sent wrapped in a label component (type 18), as JDA 6 expects.
      * If the bot showed a modal with this custom id, its channel, message and component ids are used, and unknown
      * input ids are rejected.
      */
    public Interaction modalSubmit(long userId, String customId, Map<String, String> textInputs) {
        awaitSession();
        ObjectNode payload;
        String id;
        String token;
        synchronized (lock) {
            ShownModal shown = shownModals.get(customId);
            Map<String, Integer> inputIds = new LinkedHashMap<>();
            if (shown != null) {
                collectTextInputIds(shown.data().path("components"), inputIds);
                for (String key : textInputs.keySet()) {
                    if (!inputIds.containsKey(key)) {
                        throw new IllegalArgumentException("Modal '" + customId + "' has no text input '" + key + "'; it has "
                                + inputIds.keySet());
                    }
                }
            }
            long channelId = shown == null ? CHANNEL_ID : shown.channelId();
            ArrayNode components = arr();
            int nextId = 1 + inputIds.values().stream().mapToInt(Integer::intValue).max().orElse(0) * 2;
            for (Map.Entry<String, String> e : textInputs.entrySet()) {
                int inputId = inputIds.getOrDefault(e.getKey(), 0);
                if (inputId <= 0) {
                    inputId = nextId++;
                }
                components.add(obj("type", 18, "id", nextId++, "component",
                        obj("type", 4, "id", inputId, "custom_id", e.getKey(), "value", e.getValue())));
            }
            id = String.valueOf(nextId());
            token = newToken(id);
            payload = interactionEnvelope(id, token, 5, channelId, userId);
            payload.set("data", obj("custom_id", customId, "components", components));
            Long sourceMessageId = shown == null ? null : shown.sourceMessageId();
            if (sourceMessageId != null && messages.containsKey(sourceMessageId)) {
                payload.set("message", messages.get(sourceMessageId).json.deepCopy());
            }
            interactions.put(id, new InteractionState(id, token, 5, channelId, userId, sourceMessageId, null));
        }
        gateway.dispatch("INTERACTION_CREATE", payload);
        return new Interaction(id, token, payload.deepCopy());
    }

    /**
      * Dispatches MESSAGE_CREATE from {@code authorId} in {@code channelId}. With {@code mentionsBot}, the bot is in
      * {@code mentions} and {@code <@BOT_ID> } is prepended to the content unless already there. Returns the message.
      */
    public JsonNode messageCreate(long channelId, long authorId, String content, boolean mentionsBot) {
        awaitSession();
        ObjectNode message;
        ObjectNode dispatched = null;
        synchronized (lock) {
            ObjectNode channel = channels.get(channelId);
            if (channel == null) {
                throw new IllegalArgumentException("Unknown channel " + channelId);
            }
            boolean guildChannel = channel.path("type").asInt() != 1;
            String mention = "<@" + BOT_ID + ">";
            String text = content;
            if (mentionsBot && !text.contains(mention) && !text.contains("<@!" + BOT_ID + ">")) {
                text = mention + " " + text;
            }
            if (guildChannel) {
                members.add(authorId);
            }
            message = obj(
                    "id", String.valueOf(nextId()),
                    "type", 0,
                    "channel_id", String.valueOf(channelId),
                    "author", user(authorId),
                    "content", text,
                    "timestamp", Json.now(),
                    "edited_timestamp", null,
                    "tts", false,
                    "mention_everyone", false,
                    "mentions", mentionsBot ? arr(mentionedUser(BOT_ID, guildChannel ? channel.path("guild_id").asLong() : 0))
                            : arr(),
                    "mention_roles", arr(),
                    "attachments", arr(),
                    "embeds", arr(),
                    "components", arr(),
                    "pinned", false,
                    "flags", 0,
                    "nonce", String.valueOf(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50)));
            if (guildChannel) {
                message.put("guild_id", channel.path("guild_id").asText());
            }
            store(new Stored(message, Kind.USER, channelId, null));
            int intents = gateway.intents();
            int needed = guildChannel ? GUILD_MESSAGES_INTENT : DIRECT_MESSAGES_INTENT;
            if ((intents & needed) == 0) {
                System.err.println("[FakeDiscord] MESSAGE_CREATE in " + channelId + " not delivered: the bot did not "
                        + "request the " + (guildChannel ? "GUILD_MESSAGES" : "DIRECT_MESSAGES") + " intent");
            } else {
                dispatched = message.deepCopy();
                if (guildChannel) {
                    dispatched.set("member", member(channel.path("guild_id").asLong(), authorId, false, false));
                    if ((intents & MESSAGE_CONTENT_INTENT) == 0 && !mentionsBot) {
                        dispatched.put("content", "");
                    }
                }
            }
            lock.notifyAll();
        }
        if (dispatched != null) {
            gateway.dispatch("MESSAGE_CREATE", dispatched);
        }
        return message.deepCopy();
    }

    /** The DM channel created for {@code userId} via {@code POST users/@me/channels}, or null. */
    public JsonNode dmChannelOf(long userId) {
        synchronized (lock) {
            Long id = dmChannelByUser.get(userId);
            return id == null ? null : channels.get(id).deepCopy();
        }
    }

    /** Opens (or returns) the DM channel with {@code userId}, e.g. to inject a DM with {@link #messageCreate}. */
    public JsonNode openDm(long userId) {
        synchronized (lock) {
            return dmChannel(userId).deepCopy();
        }
    }

    // ============================================================================================== channel state

    /** Messages the bot created with {@code POST channels/{id}/messages} in that channel or thread, oldest first. */
    public List<JsonNode> messagesIn(long channelId) {
        synchronized (lock) {
            return botPosts(channelId).stream().map(s -> (JsonNode) s.json.deepCopy())
                    .collect(Collectors.toUnmodifiableList());
        }
    }

    /** The first message the bot posted in that channel or thread (past or future). */
    public JsonNode awaitMessageIn(long channelId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (true) {
                List<Stored> posts = botPosts(channelId);
                if (!posts.isEmpty()) {
                    return posts.get(0).json.deepCopy();
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("The bot posted nothing in channel " + channelId + " within " + timeout
                            + ". Received:\n" + describeRequests());
                }
                waitOn(left);
            }
        }
    }

    /** Threads the bot created, oldest first. */
    public List<JsonNode> threads() {
        synchronized (lock) {
            return threadIds.stream().map(id -> (JsonNode) channels.get(id).deepCopy())
                    .collect(Collectors.toUnmodifiableList());
        }
    }

    /** Later requests to {@code channels/{id}/...} get 404 {@code {"code":10003,"message":"Unknown Channel"}}. */
    public void deleteChannel(long channelId) {
        synchronized (lock) {
            deletedChannels.add(channelId);
        }
    }

    /** Later POSTs to the channel get 403 {@code {"code":50013,"message":"Missing Permissions"}}. */
    public void denySendIn(long channelId) {
        synchronized (lock) {
            deniedChannels.add(channelId);
        }
    }

    /** Messages to this user's DM channel get 403 {@code {"code":50007,"message":"Cannot send messages to this user"}}. */
    public void closeDms(long userId) {
        synchronized (lock) {
            closedDms.add(userId);
        }
    }

    // ============================================================================================== faults

    /**
      * The next request whose method equals {@code method} (case-insensitive) and whose path (no prefix, no query) fully
      * matches {@code pathRegex} gets a 429: JSON {@code {message, retry_after, global:false}}, headers
      * {@code Retry-After} (whole seconds, rounded up), {@code X-RateLimit-*} and {@code Via}.
      */
    public void rateLimitNext(String method, String pathRegex, double retryAfterSeconds) {
        synchronized (lock) {
            rateLimits.add(new RateLimitRule(method.toUpperCase(Locale.ROOT), Pattern.compile(pathRegex),
                    retryAfterSeconds, false));
        }
    }

    /**
      * Like {@link #rateLimitNext}, but the 429 comes from a REST proxy in front of Discord rather than from Discord:
      * no {@code Via} header, a {@code generated-by-proxy} header, whole seconds (what nirn-proxy sends while a node of
      * its cluster fails). JDA reads a 429 without {@code Via} as a Cloudflare limit: every request waits, then retries.
      */
    public void proxyRateLimitNext(String method, String pathRegex, int retryAfterSeconds) {
        synchronized (lock) {
            rateLimits.add(new RateLimitRule(method.toUpperCase(Locale.ROOT), Pattern.compile(pathRegex),
                    retryAfterSeconds, true));
        }
    }

    /**
      * The next {@code times} requests with this method whose path fully matches {@code pathRegex} are answered with
      * {@code status} (e.g. 500) without being processed: nothing is stored, as if Discord had failed before acting.
      */
    public void failNext(String method, String pathRegex, int status, int times) {
        Pattern path = Pattern.compile(pathRegex);
        String m = method.toUpperCase(Locale.ROOT);
        failNext(r -> r.method().equals(m) && path.matcher(r.path()).matches(), status, times);
    }

    /** The next {@code times} requests {@code which} matches are answered with {@code status}, unprocessed. */
    public void failNext(Predicate<Request> which, int status, int times) {
        addFault(new Fault(which, status, FaultPoint.BEFORE, times));
    }

    /**
      * The next {@code times} requests {@code which} matches are processed as usual (a message is stored and dispatched)
      * but answered with {@code status}: the client cannot tell that the request went through. For an interaction
      * callback (type 4 or 5) Discord's side is modelled as acknowledged with its response lost: the interaction shows
      * "thinking…" and accepts follow-ups, which replace that state, within the token's 15 minutes.
      */
    public void failNextAfterProcessing(Predicate<Request> which, int status, int times) {
        addFault(new Fault(which, status, FaultPoint.AFTER, times));
    }

    private void addFault(Fault fault) {
        if (fault.status < 400 || fault.times() < 1) {
            throw new IllegalArgumentException("a fault is an error status (>= 400) for at least one request");
        }
        synchronized (lock) {
            faults.add(fault);
        }
    }

    /** The gateway closes any IDENTIFY asking for one of these intents with 4014 "Disallowed intent(s)". */
    public void disallowIntents(int intents) {
        gateway.disallowIntents(intents);
    }

    /**
      * Closes the gateway connection (code 1001); JDA reconnects to {@code resume_gateway_url} and RESUMEs, the server
      * replays dispatches it missed and sends RESUMED. Dispatches injected meanwhile are kept and replayed.
      */
    public void disconnectGateway() {
        gateway.disconnect();
    }

    // ============================================================================================== gateway payloads

    ObjectNode readyPayload(String sessionId, JsonNode shard, int shardId) {
        synchronized (lock) {
            ObjectNode self = user(BOT_ID);
            self.put("verified", true);
            self.put("mfa_enabled", false);
            self.put("flags", 0);
            self.putNull("email");
            return obj(
                    "v", 10,
                    "user", self,
                    "guilds", unavailableGuilds(shardId),
                    "private_channels", arr(),
                    "relationships", arr(),
                    "presences", arr(),
                    "guild_join_requests", arr(),
                    "user_settings", obj(),
                    "session_id", sessionId,
                    "session_type", "normal",
                    "resume_gateway_url", gatewayUrl,
                    "shard", shard != null && shard.isArray() ? shard : arr(0, 1),
                    "application", obj("id", String.valueOf(APPLICATION_ID), "flags", 0),
                    "_trace", arr("fake-discord-gateway"));
        }
    }

    private ArrayNode unavailableGuilds(int shardId) {
        ArrayNode out = arr();
        for (long guildId : guilds.keySet()) {
            if (shardOf(guildId, shardCount) == shardId) {
                out.add(obj("id", String.valueOf(guildId), "unavailable", true));
            }
        }
        return out;
    }

    /** GUILD_CREATE of every guild on the shard. */
    List<ObjectNode> guildCreatePayloads(int shardId) {
        synchronized (lock) {
            List<ObjectNode> out = new ArrayList<>();
            for (long guildId : guilds.keySet()) {
                if (shardOf(guildId, shardCount) == shardId) {
                    out.add(guildCreatePayload(guildId));
                }
            }
            return out;
        }
    }

    private ObjectNode guildCreatePayload(long guildId) {
        synchronized (lock) {
            ArrayNode memberArray = arr();
            for (long id : members) {
                memberArray.add(member(guildId, id, true, false));
            }
            ArrayNode channelArray = arr();
            ArrayNode threadArray = arr();
            for (ObjectNode c : channels.values()) {
                long id = c.path("id").asLong();
                if (deletedChannels.contains(id) || c.path("guild_id").asLong(0) != guildId) {
                    continue;
                }
                int type = c.path("type").asInt();
                if (type == 0 || type == 2 || type == 4 || type == 5) {
                    channelArray.add(c.deepCopy());
                } else if (type == 10 || type == 11 || type == 12) {
                    threadArray.add(c.deepCopy());
                }
            }
            return obj(
                    "id", String.valueOf(guildId),
                    "name", guildId == GUILD_ID ? "Career Mentor Test Guild" : "Career Mentor Test Guild " + guildId,
                    "icon", null,
                    "icon_hash", null,
                    "splash", null,
                    "discovery_splash", null,
                    "banner", null,
                    "description", null,
                    "owner_id", String.valueOf(BOT_ID),
                    "afk_channel_id", null,
                    "afk_timeout", 300,
                    "widget_enabled", false,
                    "verification_level", 0,
                    "default_message_notifications", 0,
                    "explicit_content_filter", 0,
                    "mfa_level", 0,
                    "nsfw_level", 0,
                    "nsfw", false,
                    "application_id", null,
                    "system_channel_id", String.valueOf(guildId == GUILD_ID ? CHANNEL_ID : OTHER_CHANNEL_ID),
                    "system_channel_flags", 0,
                    "rules_channel_id", null,
                    "public_updates_channel_id", null,
                    "safety_alerts_channel_id", null,
                    "max_presences", null,
                    "max_members", 500000,
                    "max_video_channel_users", 25,
                    "max_stage_video_channel_users", 50,
                    "vanity_url_code", null,
                    "premium_tier", 0,
                    "premium_subscription_count", 0,
                    "premium_progress_bar_enabled", false,
                    "preferred_locale", "en-US",
                    "features", arr(),
                    "incidents_data", null,
                    "joined_at", FIXED_JOINED_AT,
                    "large", false,
                    "lazy", true,
                    "unavailable", false,
                    "member_count", memberArray.size(),
                    "roles", arr(
                            role(guildId, "@everyone", 0, MEMBER_PERMISSIONS),
                            role(guilds.get(guildId), "Admin", 1, ADMIN_ROLE_PERMISSIONS)),
                    "emojis", arr(),
                    "stickers", arr(),
                    "soundboard_sounds", arr(),
                    "channels", channelArray,
                    "threads", threadArray,
                    "members", memberArray,
                    "voice_states", arr(),
                    "presences", arr(),
                    "stage_instances", arr(),
                    "guild_scheduled_events", arr(),
                    "embedded_activities", arr());
        }
    }

    // ============================================================================================== entity JSON

    private ObjectNode user(long id) {
        String[] names = users.computeIfAbsent(id, k -> new String[] {"user" + k, "User " + k});
        ObjectNode user = obj(
                "id", String.valueOf(id),
                "username", names[0],
                "global_name", names[1],
                "discriminator", "0",
                "avatar", null,
                "banner", null,
                "accent_color", null,
                "public_flags", 0);
        if (id == BOT_ID) {
            user.put("bot", true);
        }
        return user;
    }

    private ObjectNode member(long guildId, long userId, boolean withUser, boolean withPermissions) {
        ObjectNode member = obj(
                "roles", userId == ADMIN_ID ? arr(String.valueOf(guilds.getOrDefault(guildId, ADMIN_ROLE_ID))) : arr(),
                "nick", null,
                "avatar", null,
                "banner", null,
                "joined_at", FIXED_JOINED_AT,
                "premium_since", null,
                "deaf", false,
                "mute", false,
                "flags", 0,
                "pending", false,
                "communication_disabled_until", null);
        if (withUser) {
            member.set("user", user(userId));
        }
        if (withPermissions) {
            member.put("permissions",
                    userId == ADMIN_ID || userId == BOT_ID ? ALL_PERMISSIONS : String.valueOf(MEMBER_PERMISSIONS));
        }
        return member;
    }

    private ObjectNode mentionedUser(long userId, long guildId) {
        ObjectNode u = user(userId);
        if (guildId != 0) {
            u.set("member", member(guildId, userId, false, false));
        }
        return u;
    }

    private static ObjectNode role(long id, String name, int position, long permissions) {
        return obj(
                "id", String.valueOf(id),
                "name", name,
                "color", 0,
                "colors", obj("primary_color", 0, "secondary_color", null, "tertiary_color", null),
                "hoist", false,
                "icon", null,
                "unicode_emoji", null,
                "position", position,
                "permissions", String.valueOf(permissions),
                "managed", false,
                "mentionable", false,
                "flags", 0);
    }

    private static ObjectNode textChannel(long guildId, long id, String name, int position, String topic) {
        return obj(
                "id", String.valueOf(id),
                "type", 0,
                "guild_id", String.valueOf(guildId),
                "name", name,
                "position", position,
                "permission_overwrites", arr(),
                "topic", topic,
                "nsfw", false,
                "last_message_id", null,
                "rate_limit_per_user", 0,
                "parent_id", null,
                "flags", 0,
                "default_auto_archive_duration", 1440,
                "default_thread_rate_limit_per_user", 0);
    }

    private ObjectNode dmChannel(long userId) {
        Long existing = dmChannelByUser.get(userId);
        if (existing != null) {
            return channels.get(existing);
        }
        long id = nextId();
        ObjectNode channel = obj(
                "id", String.valueOf(id),
                "type", 1,
                "last_message_id", null,
                "flags", 0,
                "recipients", arr(user(userId)));
        channels.put(id, channel);
        dmChannelByUser.put(userId, id);
        lock.notifyAll();
        return channel;
    }

    private ObjectNode thread(long id, long parentId, int type, String name, int autoArchive, int rateLimit) {
        String now = Json.now();
        return obj(
                "id", String.valueOf(id),
                "type", type,
                "guild_id", channels.get(parentId).path("guild_id").asText(),
                "parent_id", String.valueOf(parentId),
                "owner_id", String.valueOf(BOT_ID),
                "name", name,
                "last_message_id", null,
                "message_count", 0,
                "member_count", 1,
                "total_message_sent", 0,
                "rate_limit_per_user", rateLimit,
                "flags", 0,
                "applied_tags", arr(),
                "thread_metadata", obj(
                        "archived", false,
                        "auto_archive_duration", autoArchive,
                        "archive_timestamp", now,
                        "locked", false,
                        "invitable", true,
                        "create_timestamp", now),
                "member", obj(
                        "id", String.valueOf(id),
                        "user_id", String.valueOf(BOT_ID),
                        "join_timestamp", now,
                        "flags", 1));
    }

    // ============================================================================================== interactions

    private void awaitSession() {
        gateway.awaitSession(SESSION_WAIT);
    }

    private ObjectNode interactionEnvelope(String id, String token, int type, long channelId, long userId) {
        ObjectNode channel = channels.get(channelId);
        if (channel == null) {
            throw new IllegalArgumentException("Unknown channel " + channelId);
        }
        if (channel.path("type").asInt() == 1) {
            throw new IllegalArgumentException("DM interactions are not supported by FakeDiscord");
        }
        members.add(userId);
        long guildId = channel.path("guild_id").asLong();
        return obj(
                "id", id,
                "application_id", String.valueOf(APPLICATION_ID),
                "type", type,
                "token", token,
                "version", 1,
                "guild_id", String.valueOf(guildId),
                "guild", obj("id", String.valueOf(guildId), "locale", "en-US", "features", arr()),
                "channel_id", String.valueOf(channelId),
                "channel", channel.deepCopy(),
                "member", member(guildId, userId, true, true),
                "locale", "en-US",
                "guild_locale", "en-US",
                "entitlements", arr(),
                "context", 0,
                "authorizing_integration_owners", obj("0", String.valueOf(guildId)),
                "app_permissions", ALL_PERMISSIONS,
                "attachment_size_limit", 26214400);
    }

    private Interaction commandInteraction(int type, long channelId, long userId, String command, String subcommand,
            Map<String, Object> options, String focusedOption, String typed) {
        awaitSession();
        ObjectNode payload;
        String id;
        String token;
        synchronized (lock) {
            long guildId = guildOfLocked(channelId);
            ObjectNode registered = guildCommands.getOrDefault(guildId, Map.of()).get(command);
            boolean guildCommand = registered != null;
            if (registered == null) {
                registered = globalCommands.get(command);
            }
            id = String.valueOf(nextId());
            token = newToken(id);
            payload = interactionEnvelope(id, token, type, channelId, userId);

            JsonNode schemaOptions = registered == null ? null : registered.path("options");
            ObjectNode resolved = obj();
            ArrayNode leafOptions = arr();
            ArrayNode topOptions = leafOptions;
            if (subcommand != null) {
                String[] parts = subcommand.trim().split("\\s+");
                if (parts.length == 2) {
                    JsonNode groupSchema = findOption(schemaOptions, parts[0]);
                    JsonNode subSchema = findOption(groupSchema == null ? null : groupSchema.path("options"), parts[1]);
                    schemaOptions = subSchema == null ? null : subSchema.path("options");
                    topOptions = arr(obj("type", 2, "name", parts[0], "options",
                            arr(obj("type", 1, "name", parts[1], "options", leafOptions))));
                } else {
                    JsonNode subSchema = findOption(schemaOptions, parts[0]);
                    schemaOptions = subSchema == null ? null : subSchema.path("options");
                    topOptions = arr(obj("type", 1, "name", parts[0], "options", leafOptions));
                }
            }
            for (Map.Entry<String, Object> e : options.entrySet()) {
                leafOptions.add(option(guildId, e.getKey(), e.getValue(), findOption(schemaOptions, e.getKey()), resolved));
            }
            if (focusedOption != null) {
                JsonNode schema = findOption(schemaOptions, focusedOption);
                int optionType = schema == null ? 3 : schema.path("type").asInt(3);
                leafOptions.add(obj("type", optionType, "name", focusedOption, "value", typed, "focused", true));
            }
            ObjectNode data = obj(
                    "id", registered == null ? String.valueOf(syntheticCommandId(command)) : registered.path("id").asText(),
                    "name", command,
                    "type", 1,
                    "options", topOptions);
            if (guildCommand) {
                data.put("guild_id", String.valueOf(guildId));
            }
            if (resolved.size() > 0) {
                data.set("resolved", resolved);
            }
            payload.set("data", data);
            interactions.put(id, new InteractionState(id, token, type, channelId, userId, null, command));
        }
        gateway.dispatch("INTERACTION_CREATE", payload);
        return new Interaction(id, token, payload.deepCopy());
    }

    private ObjectNode option(long guildId, String name, Object value, JsonNode schema, ObjectNode resolved) {
        int schemaType = schema == null ? 0 : schema.path("type").asInt();
        if (value instanceof Number n && (schemaType == 6 || schemaType == 7 || schemaType == 8 || schemaType == 9)) {
            long id = n.longValue();
            if (schemaType == 6 || (schemaType == 9 && users.containsKey(id))) {
                resolved.with("users").set(String.valueOf(id), user(id));
                ObjectNode m = member(guildId, id, false, true);
                resolved.with("members").set(String.valueOf(id), m);
                members.add(id);
            } else if (schemaType == 7) {
                ObjectNode channel = channels.get(id);
                if (channel == null) {
                    throw new IllegalArgumentException("Unknown channel " + id + " for option " + name);
                }
                ObjectNode c = obj("id", String.valueOf(id), "type", channel.path("type"), "name", channel.path("name"),
                        "permissions", ALL_PERMISSIONS);
                if (channel.has("parent_id")) {
                    c.set("parent_id", channel.get("parent_id"));
                }
                if (channel.has("thread_metadata")) {
                    c.set("thread_metadata", channel.get("thread_metadata"));
                }
                resolved.with("channels").set(String.valueOf(id), c);
            } else {
                long adminRole = guilds.getOrDefault(guildId, ADMIN_ROLE_ID);
                resolved.with("roles").set(String.valueOf(id), id == adminRole
                        ? role(adminRole, "Admin", 1, ADMIN_ROLE_PERMISSIONS)
                        : role(guildId, "@everyone", 0, MEMBER_PERMISSIONS));
            }
            return obj("type", schemaType, "name", name, "value", String.valueOf(id));
        }
        int type;
        if (value instanceof String) {
            type = 3;
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            type = 4;
        } else if (value instanceof Boolean) {
            type = 5;
        } else if (value instanceof Double || value instanceof Float) {
            type = 10;
        } else {
            throw new IllegalArgumentException("Unsupported option value for '" + name + "': " + value
                    + " (use String, Long/Integer, Boolean or Double)");
        }
        return obj("type", type, "name", name, "value", value);
    }

    private static JsonNode findOption(JsonNode options, String name) {
        if (options == null || !options.isArray()) {
            return null;
        }
        for (JsonNode o : options) {
            if (name.equals(o.path("name").asText())) {
                return o;
            }
        }
        return null;
    }

    private Interaction componentInteraction(long userId, JsonNode message, String customId, int componentType,
            List<String> values) {
        awaitSession();
        ObjectNode payload;
        String id;
        String token;
        synchronized (lock) {
            long messageId = message.path("id").asLong();
            Stored stored = messages.get(messageId);
            JsonNode current = stored != null ? stored.json : message;
            long channelId = current.path("channel_id").asLong();
            JsonNode component = findComponent(current, customId);
            if (component == null) {
                List<String> ids = new ArrayList<>();
                collectCustomIds(current, ids);
                throw new IllegalArgumentException("Message " + messageId + " has no component '" + customId + "'; it has "
                        + ids);
            }
            if (component.path("type").asInt() != componentType) {
                throw new IllegalArgumentException("Component '" + customId + "' has type " + component.path("type").asInt()
                        + ", expected " + componentType);
            }
            id = String.valueOf(nextId());
            token = newToken(id);
            payload = interactionEnvelope(id, token, 3, channelId, userId);
            ObjectNode data = obj("custom_id", customId, "component_type", componentType);
            if (component.has("id")) {
                data.set("id", component.get("id"));
            }
            if (values != null) {
                Set<String> allowed = new LinkedHashSet<>();
                component.path("options").forEach(o -> allowed.add(o.path("value").asText()));
                for (String v : values) {
                    if (!allowed.isEmpty() && !allowed.contains(v)) {
                        throw new IllegalArgumentException("Select '" + customId + "' has no option '" + v + "'; it has "
                                + allowed);
                    }
                }
                data.set("values", Json.node(values));
            }
            payload.set("data", data);
            payload.set("message", current.deepCopy());
            interactions.put(id, new InteractionState(id, token, 3, channelId, userId, messageId, null));
        }
        gateway.dispatch("INTERACTION_CREATE", payload);
        return new Interaction(id, token, payload.deepCopy());
    }

    private static JsonNode findComponent(JsonNode node, String customId) {
        if (node == null) {
            return null;
        }
        if (node.isObject()) {
            if (node.has("type") && customId.equals(node.path("custom_id").asText(null))) {
                return node;
            }
            for (String child : List.of("components", "component", "accessory")) {
                JsonNode found = findComponent(node.get(child), customId);
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode found = findComponent(n, customId);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void collectCustomIds(JsonNode node, List<String> out) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            if (node.has("custom_id")) {
                out.add(node.get("custom_id").asText());
            }
            for (String child : List.of("components", "component", "accessory")) {
                collectCustomIds(node.get(child), out);
            }
        } else if (node.isArray()) {
            node.forEach(n -> collectCustomIds(n, out));
        }
    }

    private static void collectTextInputIds(JsonNode node, Map<String, Integer> out) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            if (node.path("type").asInt() == 4 && node.has("custom_id")) {
                out.put(node.get("custom_id").asText(), node.path("id").asInt(0));
            }
            for (String child : List.of("components", "component")) {
                collectTextInputIds(node.get(child), out);
            }
        } else if (node.isArray()) {
            node.forEach(n -> collectTextInputIds(n, out));
        }
    }

    private static String newToken(String interactionId) {
        return "aW50ZXJhY3Rpb24" + interactionId + Long.toHexString(ThreadLocalRandom.current().nextLong());
    }

    private static long syntheticCommandId(String name) {
        return 1300000000000100000L + Math.floorMod(name.hashCode(), 99_999);
    }

    // ============================================================================================== HTTP

    private void handleHttp(HttpExchange ex) {
        Instant receivedAt = Instant.now();
        long receivedNanos = System.nanoTime();
        try {
            String method = ex.getRequestMethod().toUpperCase(Locale.ROOT);
            URI uri = ex.getRequestURI();
            String fullPath = uri.getPath();
            String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
            byte[] bodyBytes = ex.getRequestBody().readAllBytes();
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            ex.getRequestHeaders().forEach((k, v) -> {
                if (!v.isEmpty()) {
                    headers.put(k.toLowerCase(Locale.ROOT), v.get(0));
                }
            });
            String body = new String(bodyBytes, StandardCharsets.UTF_8);
            String contentType = headers.getOrDefault("content-type", "");
            JsonNode json = null;
            List<Upload> uploads = new ArrayList<>();
            if (Multipart.isMultipart(contentType)) {
                for (Multipart.Part part : Multipart.parse(bodyBytes, contentType)) {
                    if ("payload_json".equals(part.name())) {
                        json = Json.parseOrNull(part.text());
                    } else if (part.filename() != null) {
                        uploads.add(new Upload(part.filename(), part.contentType(), part.data()));
                    }
                }
            } else if (contentType.toLowerCase(Locale.ROOT).contains("json")) {
                json = Json.parseOrNull(body);
            }
            boolean prefixed = fullPath.startsWith(API_PREFIX);
            String path = prefixed ? fullPath.substring(API_PREFIX.length()) : fullPath.replaceFirst("^/", "");
            if (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            Request request = new Request(method, path, query, Collections.unmodifiableMap(headers), body, json);

            Resp resp;
            List<Runnable> dispatches = new ArrayList<>();
            // Processing and recording are one step: whoever sees the new state (a stored message) also sees the
            // request that made it, so tests never observe a message whose request is not yet recorded.
            synchronized (lock) {
                try {
                    resp = prefixed ? respond(request, uploads, dispatches) : Resp.unknownRoute();
                } catch (RuntimeException e) {
                    e.printStackTrace();
                    resp = Resp.error(500, 0, "FakeDiscord failed: " + e);
                }
                exchanges.add(new Exchange(request, receivedAt, receivedNanos, resp.status(), resp.unhandled()));
                lock.notifyAll();
            }
            byte[] out = resp.body() == null ? new byte[0] : Json.bytes(resp.body());
            if (out.length > 0) {
                ex.getResponseHeaders().set("Content-Type", "application/json");
            }
            resp.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
            if (resp.status() == 204 || out.length == 0) {
                ex.sendResponseHeaders(resp.status(), -1);
            } else {
                ex.sendResponseHeaders(resp.status(), out.length);
                try (OutputStream os = ex.getResponseBody()) {
                    os.write(out);
                }
            }
            for (Runnable dispatch : dispatches) {
                try {
                    dispatch.run();
                } catch (RuntimeException e) {
                    e.printStackTrace();
                }
            }
        } catch (IOException e) {
            // client went away
        } catch (RuntimeException e) {
            e.printStackTrace();
        } finally {
            ex.close();
        }
    }

    private Resp respond(Request r, List<Upload> uploads, List<Runnable> dispatches) {
        String path = r.path();
        boolean webhookRoute = path.startsWith("interactions/") || path.startsWith("webhooks/");
        String auth = r.headers().get("authorization");
        if ((!webhookRoute || auth != null) && !("Bot " + TOKEN).equals(auth)) {
            return Resp.error(401, 0, "401: Unauthorized");
        }
        RateLimitRule rule = takeRateLimit(r);
        if (rule != null) {
            return rateLimited(rule, path);
        }
        Fault fault = takeFault(r);
        if (fault != null) {
            Resp serverError = Resp.error(fault.status, 0, fault.status + ": Internal Server Error");
            if (fault.point == FaultPoint.BEFORE) {
                return serverError;
            }
            String[] callback = match(path, "interactions/{}/{}/callback");
            if (callback != null) {
                lostCallback(r, callback[0], callback[1]);
            } else {
                route(r, uploads, dispatches);
            }
            return serverError;
        }
        return route(r, uploads, dispatches);
    }

    private Fault takeFault(Request r) {
        synchronized (lock) {
            for (Iterator<Fault> it = faults.iterator(); it.hasNext(); ) {
                Fault fault = it.next();
                if (fault.which.test(r)) {
                    if (--fault.left == 0) {
                        it.remove();
                    }
                    return fault;
                }
            }
            return null;
        }
    }

    /** A callback whose acknowledgement reached Discord but whose response did not: the member sees "thinking…". */
    private void lostCallback(Request r, String interactionId, String token) {
        synchronized (lock) {
            InteractionState state = interactions.get(interactionId);
            int type = r.json() == null ? 0 : r.json().path("type").asInt();
            if (state == null || !state.token.equals(token) || state.acknowledged || (type != 4 && type != 5)) {
                return;
            }
            int flags = (r.json().path("data").path("flags").asInt() & FLAG_EPHEMERAL) | FLAG_LOADING;
            Stored loading = newInteractionMessage(state, obj("content", ""), List.of(), Kind.INTERACTION_RESPONSE, flags);
            state.originalMessageId = loading.id();
            state.acknowledged = true;
            lock.notifyAll();
        }
    }

    private Resp route(Request r, List<Upload> uploads, List<Runnable> dispatches) {
        String path = r.path();
        String m = r.method();
        String[] p;

        if ((p = match(path, "users/@me")) != null && m.equals("GET")) {
            synchronized (lock) {
                ObjectNode self = user(BOT_ID);
                self.put("verified", true);
                self.put("mfa_enabled", false);
                self.put("flags", 0);
                return Resp.ok(self);
            }
        }
        if ((p = match(path, "users/@me/channels")) != null && m.equals("POST")) {
            long recipient = r.json() == null ? 0 : r.json().path("recipient_id").asLong();
            if (recipient == 0) {
                return invalidForm("recipient_id", "BASE_TYPE_REQUIRED", "This field is required");
            }
            synchronized (lock) {
                return Resp.ok(dmChannel(recipient).deepCopy());
            }
        }
        if ((p = match(path, "users/{}")) != null && m.equals("GET")) {
            synchronized (lock) {
                return Resp.ok(user(Long.parseLong(p[0])));
            }
        }
        if ((match(path, "gateway") != null || match(path, "gateway/bot") != null) && m.equals("GET")) {
            return Resp.ok(obj("url", gatewayUrl, "shards", shardCount, "session_start_limit",
                    obj("total", 1000, "remaining", 999, "reset_after", 0, "max_concurrency", 1)));
        }
        if (match(path, "applications/@me") != null && m.equals("GET")) {
            synchronized (lock) {
                return Resp.ok(obj("id", String.valueOf(APPLICATION_ID), "name", "Career Mentor", "icon", null,
                        "description", "", "bot_public", true, "bot_require_code_grant", false, "flags", 0,
                        "bot", user(BOT_ID), "owner", user(ADMIN_ID), "team", null, "verify_key", "0", "tags", arr(),
                        "redirect_uris", arr(), "interactions_endpoint_url", null, "role_connections_verification_url", null,
                        "approximate_guild_count", 1, "integration_types_config", obj()));
            }
        }
        if ((p = match(path, "applications/{}/commands")) != null) {
            return commands(r, p[0], null, null);
        }
        if ((p = match(path, "applications/{}/commands/{}")) != null) {
            return commands(r, p[0], null, p[1]);
        }
        if ((p = match(path, "applications/{}/guilds/{}/commands")) != null) {
            return commands(r, p[0], p[1], null);
        }
        if ((p = match(path, "applications/{}/guilds/{}/commands/{}")) != null) {
            return commands(r, p[0], p[1], p[2]);
        }
        if ((p = match(path, "interactions/{}/{}/callback")) != null && m.equals("POST")) {
            return callback(r, p[0], p[1], uploads, dispatches);
        }
        if ((p = match(path, "webhooks/{}/{}")) != null && m.equals("POST")) {
            return followUp(r, p[0], p[1], uploads, dispatches);
        }
        if ((p = match(path, "webhooks/{}/{}/messages/{}")) != null) {
            return webhookMessage(r, p[0], p[1], p[2], uploads);
        }
        if ((p = match(path, "channels/{}")) != null && m.equals("GET")) {
            synchronized (lock) {
                Resp err = checkChannel(Long.parseLong(p[0]), false);
                return err != null ? err : Resp.ok(channels.get(Long.parseLong(p[0])).deepCopy());
            }
        }
        if ((p = match(path, "channels/{}/typing")) != null && m.equals("POST")) {
            synchronized (lock) {
                Resp err = checkChannel(Long.parseLong(p[0]), true);
                return err != null ? err : Resp.noContent();
            }
        }
        if ((p = match(path, "channels/{}/messages")) != null) {
            if (m.equals("POST")) {
                return createChannelMessage(r, Long.parseLong(p[0]), uploads, dispatches);
            }
            if (m.equals("GET")) {
                return listMessages(r, Long.parseLong(p[0]));
            }
        }
        if ((p = match(path, "channels/{}/messages/{}")) != null) {
            return channelMessage(r, Long.parseLong(p[0]), Long.parseLong(p[1]), uploads);
        }
        if ((p = match(path, "channels/{}/messages/{}/threads")) != null && m.equals("POST")) {
            return createThread(r, Long.parseLong(p[0]), Long.parseLong(p[1]), dispatches);
        }
        if ((p = match(path, "channels/{}/threads")) != null && m.equals("POST")) {
            return createThread(r, Long.parseLong(p[0]), null, dispatches);
        }
        if ((p = match(path, "channels/{}/messages/{}/reactions/{}/@me")) != null
                && (m.equals("PUT") || m.equals("DELETE"))) {
            synchronized (lock) {
                long channelId = Long.parseLong(p[0]);
                Resp err = checkChannel(channelId, m.equals("PUT"));
                if (err != null) {
                    return err;
                }
                Stored s = messages.get(Long.parseLong(p[1]));
                if (s == null || s.deleted || s.channelId != channelId) {
                    return Resp.error(404, 10008, "Unknown Message");
                }
                return Resp.noContent();
            }
        }
        if ((p = match(path, "channels/{}/thread-members/@me")) != null && (m.equals("PUT") || m.equals("DELETE"))) {
            synchronized (lock) {
                Resp err = checkChannel(Long.parseLong(p[0]), false);
                return err != null ? err : Resp.noContent();
            }
        }
        if ((p = match(path, "guilds/{}/members/{}")) != null && m.equals("GET")) {
            synchronized (lock) {
                long userId = Long.parseLong(p[1]);
                if (!guilds.containsKey(Long.parseLong(p[0]))) {
                    return Resp.error(404, 10004, "Unknown Guild");
                }
                if (!members.contains(userId)) {
                    return Resp.error(404, 10007, "Unknown Member");
                }
                return Resp.ok(member(Long.parseLong(p[0]), userId, true, false));
            }
        }
        return Resp.unknownRoute();
    }

    /** Matches a path against a template where {} is one segment; returns the captured segments or null. */
    private static String[] match(String path, String template) {
        String[] ps = path.split("/", -1);
        String[] ts = template.split("/", -1);
        if (ps.length != ts.length) {
            return null;
        }
        List<String> captured = new ArrayList<>();
        for (int i = 0; i < ts.length; i++) {
            if (ts[i].equals("{}")) {
                if (ps[i].isEmpty()) {
                    return null;
                }
                captured.add(ps[i]);
            } else if (!ts[i].equals(ps[i])) {
                return null;
            }
        }
        return captured.toArray(new String[0]);
    }

    private RateLimitRule takeRateLimit(Request r) {
        synchronized (lock) {
            for (Iterator<RateLimitRule> it = rateLimits.iterator(); it.hasNext(); ) {
                RateLimitRule rule = it.next();
                if (rule.method().equals(r.method()) && rule.path().matcher(r.path()).matches()) {
                    it.remove();
                    return rule;
                }
            }
            return null;
        }
    }

    private static Resp rateLimited(RateLimitRule rule, String path) {
        double retry = rule.retryAfterSeconds();
        long wholeSeconds = (long) Math.ceil(retry);
        double resetAt = System.currentTimeMillis() / 1000.0 + retry;
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Retry-After", String.valueOf(wholeSeconds));
        headers.put("X-RateLimit-Limit", "5");
        headers.put("X-RateLimit-Remaining", "0");
        headers.put("X-RateLimit-Reset", String.format(Locale.ROOT, "%.3f", resetAt));
        headers.put("X-RateLimit-Reset-After", String.format(Locale.ROOT, "%.3f", retry));
        headers.put("X-RateLimit-Bucket", "fake" + Integer.toHexString(path.replaceAll("\\d{16,}", "id").hashCode()));
        headers.put("X-RateLimit-Scope", "user");
        if (rule.fromProxy()) {
            headers.put("generated-by-proxy", "true");
        } else {
            headers.put("Via", "1.1 google");
        }
        return new Resp(429, obj("message", "You are being rate limited.", "retry_after", retry, "global", false),
                headers, false);
    }

    private static Resp invalidForm(String field, String code, String message) {
        return Resp.status(400, obj("code", 50035, "message", "Invalid Form Body", "errors",
                obj(field, obj("_errors", arr(obj("code", code, "message", message))))));
    }

    // ---------------------------------------------------------------------------------------------- commands

    private Resp commands(Request r, String app, String guild, String commandId) {
        if (!app.equals(String.valueOf(APPLICATION_ID))) {
            return Resp.error(404, 10002, "Unknown Application");
        }
        if (guild != null && (parseLongOrNull(guild) == null || !guilds.containsKey(Long.parseLong(guild)))) {
            return Resp.error(404, 10004, "Unknown Guild");
        }
        synchronized (lock) {
            Map<String, ObjectNode> target = guild == null ? globalCommands
                    : guildCommands.computeIfAbsent(Long.parseLong(guild), g -> new LinkedHashMap<>());
            String m = r.method();
            if (commandId == null) {
                if (m.equals("GET")) {
                    return Resp.ok(Json.node(new ArrayList<>(target.values())).deepCopy());
                }
                if (m.equals("PUT")) {
                    if (r.json() == null || !r.json().isArray()) {
                        return invalidForm("_", "BASE_TYPE_REQUIRED", "Expected an array of commands");
                    }
                    Map<String, ObjectNode> previous = new LinkedHashMap<>(target);
                    target.clear();
                    ArrayNode out = arr();
                    for (JsonNode c : r.json()) {
                        ObjectNode command = command(c, guild, previous.get(c.path("name").asText()));
                        target.put(command.path("name").asText(), command);
                        out.add(command.deepCopy());
                    }
                    lock.notifyAll();
                    return Resp.ok(out);
                }
                if (m.equals("POST")) {
                    if (r.json() == null || !r.json().isObject()) {
                        return invalidForm("name", "BASE_TYPE_REQUIRED", "This field is required");
                    }
                    ObjectNode command = command(r.json(), guild, target.get(r.json().path("name").asText()));
                    target.put(command.path("name").asText(), command);
                    lock.notifyAll();
                    return Resp.status(201, command.deepCopy());
                }
                return Resp.unknownRoute();
            }
            ObjectNode existing = target.values().stream().filter(c -> c.path("id").asText().equals(commandId))
                    .findFirst().orElse(null);
            if (existing == null) {
                return Resp.error(404, 10063, "Unknown application command");
            }
            if (m.equals("GET")) {
                return Resp.ok(existing.deepCopy());
            }
            if (m.equals("DELETE")) {
                target.remove(existing.path("name").asText());
                return Resp.noContent();
            }
            if (m.equals("PATCH") && r.json() != null) {
                ObjectNode merged = existing.deepCopy();
                r.json().fields().forEachRemaining(e -> merged.set(e.getKey(), e.getValue()));
                merged.put("version", String.valueOf(nextId()));
                target.remove(existing.path("name").asText());
                target.put(merged.path("name").asText(), merged);
                return Resp.ok(merged.deepCopy());
            }
            return Resp.unknownRoute();
        }
    }

    private ObjectNode command(JsonNode input, String guild, ObjectNode previous) {
        ObjectNode command = input.deepCopy();
        command.put("id", previous != null ? previous.path("id").asText() : String.valueOf(nextId()));
        command.put("application_id", String.valueOf(APPLICATION_ID));
        command.put("version", String.valueOf(nextId()));
        if (!command.has("type")) {
            command.put("type", 1);
        }
        if (!command.has("description")) {
            command.put("description", "");
        }
        if (!command.has("options") && command.path("type").asInt() == 1) {
            command.set("options", arr());
        }
        if (!command.has("default_member_permissions")) {
            command.putNull("default_member_permissions");
        }
        if (!command.has("nsfw")) {
            command.put("nsfw", false);
        }
        if (!command.has("contexts")) {
            command.set("contexts", guild == null ? arr(0, 1, 2) : arr(0));
        }
        if (!command.has("integration_types")) {
            command.set("integration_types", arr(0));
        }
        if (guild != null) {
            command.put("guild_id", guild);
        } else {
            command.remove("guild_id");
        }
        return command;
    }

    // ---------------------------------------------------------------------------------------------- interactions

    private Resp callback(Request r, String interactionId, String token, List<Upload> uploads,
            List<Runnable> dispatches) {
        synchronized (lock) {
            InteractionState state = interactions.get(interactionId);
            if (state == null || !state.token.equals(token)) {
                return Resp.error(404, 10062, "Unknown interaction");
            }
            if (state.acknowledged) {
                return Resp.error(400, 40060, "Interaction has already been acknowledged.");
            }
            if (System.nanoTime() - state.createdNanos > ackDeadline.toNanos()) {
                System.err.println("[FakeDiscord] interaction " + interactionId + " answered after the " + ackDeadline
                        + " deadline -> 404 Unknown interaction");
                return Resp.error(404, 10062, "Unknown interaction");
            }
            JsonNode json = r.json();
            if (json == null || !json.has("type")) {
                return invalidForm("type", "BASE_TYPE_REQUIRED", "This field is required");
            }
            int type = json.path("type").asInt();
            JsonNode data = json.path("data");
            Stored created = null;
            switch (type) {
                case 4: { // CHANNEL_MESSAGE_WITH_SOURCE
                    Resp invalid = validateMessage(data, uploads, true);
                    if (invalid != null) {
                        return invalid;
                    }
                    created = newInteractionMessage(state, data, uploads, Kind.INTERACTION_RESPONSE, 0);
                    state.originalMessageId = created.id();
                    break;
                }
                case 5: { // DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE
                    int flags = (data.path("flags").asInt() & FLAG_EPHEMERAL) | FLAG_LOADING;
                    created = newInteractionMessage(state, obj("content", ""), List.of(), Kind.INTERACTION_RESPONSE, flags);
                    state.originalMessageId = created.id();
                    break;
                }
                case 6: // DEFERRED_UPDATE_MESSAGE
                case 7: { // UPDATE_MESSAGE
                    if (state.sourceMessageId == null) {
                        return Resp.error(400, 40004, "Interaction has no message to update");
                    }
                    state.originalMessageId = state.sourceMessageId;
                    if (type == 7) {
                        Resp invalid = validateMessage(data, uploads, false);
                        if (invalid != null) {
                            return invalid;
                        }
                        Stored source = messages.get(state.sourceMessageId);
                        if (source != null) {
                            applyEdit(source.json, data, uploads);
                            created = source;
                        }
                    }
                    break;
                }
                case 8: // APPLICATION_COMMAND_AUTOCOMPLETE_RESULT
                    if (state.type != 4) {
                        return Resp.error(400, 40064, "Interaction is not an autocomplete interaction");
                    }
                    break;
                case 9: // MODAL
                    if (data.path("custom_id").asText("").isEmpty()) {
                        return invalidForm("data.custom_id", "BASE_TYPE_REQUIRED", "This field is required");
                    }
                    shownModals.put(data.path("custom_id").asText(),
                            new ShownModal(data.deepCopy(), state.channelId, state.sourceMessageId));
                    break;
                default:
                    break;
            }
            state.acknowledged = true;
            lock.notifyAll();
            if (created != null && type == 4) {
                mirrorMessageCreate(created, dispatches);
            }
            boolean withResponse = r.query().contains("with_response=true");
            if (!withResponse || created == null) {
                return Resp.noContent();
            }
            int flags = created.json.path("flags").asInt();
            return Resp.ok(obj(
                    "interaction", obj(
                            "id", interactionId,
                            "type", state.type,
                            "activity_instance_id", null,
                            "response_message_id", created.json.path("id").asText(),
                            "response_message_loading", (flags & FLAG_LOADING) != 0,
                            "response_message_ephemeral", (flags & FLAG_EPHEMERAL) != 0),
                    "resource", obj("type", type, "message", created.json.deepCopy())));
        }
    }

    private InteractionState interactionByToken(String app, String token) {
        if (!app.equals(String.valueOf(APPLICATION_ID))) {
            return null;
        }
        for (InteractionState s : interactions.values()) {
            if (s.token.equals(token)) {
                return s;
            }
        }
        return null;
    }

    private Resp followUp(Request r, String app, String token, List<Upload> uploads, List<Runnable> dispatches) {
        synchronized (lock) {
            InteractionState state = interactionByToken(app, token);
            if (state == null || !state.acknowledged) {
                return Resp.error(404, 10015, "Unknown Webhook");
            }
            JsonNode data = r.json() == null ? obj() : r.json();
            Resp invalid = validateMessage(data, uploads, true);
            if (invalid != null) {
                return invalid;
            }
            Stored created;
            Stored original = state.originalMessageId == null ? null : messages.get(state.originalMessageId);
            if (original != null && (original.json.path("flags").asInt() & FLAG_LOADING) != 0) {
                // Discord: the first follow-up after a deferred reply edits the loading message.
                applyEdit(original.json, data, uploads);
                original.json.put("flags", original.json.path("flags").asInt() & ~FLAG_LOADING);
                created = original;
            } else {
                created = newInteractionMessage(state, data, uploads, Kind.FOLLOW_UP, 0);
                state.followUps.add(created.id());
                mirrorMessageCreate(created, dispatches);
            }
            lock.notifyAll();
            return r.query().contains("wait=true") ? Resp.ok(created.json.deepCopy()) : Resp.noContent();
        }
    }

    private Resp webhookMessage(Request r, String app, String token, String messageRef, List<Upload> uploads) {
        synchronized (lock) {
            InteractionState state = interactionByToken(app, token);
            if (state == null) {
                return Resp.error(404, 10015, "Unknown Webhook");
            }
            Long messageId = messageRef.equals("@original") ? state.originalMessageId : parseLongOrNull(messageRef);
            Stored stored = messageId == null ? null : messages.get(messageId);
            boolean belongs = stored != null && !stored.deleted && (messageId.equals(state.originalMessageId)
                    || state.followUps.contains(messageId));
            if (!belongs) {
                return Resp.error(404, 10008, "Unknown Message");
            }
            switch (r.method()) {
                case "GET":
                    return Resp.ok(stored.json.deepCopy());
                case "PATCH": {
                    JsonNode data = r.json() == null ? obj() : r.json();
                    Resp invalid = validateMessage(data, uploads, false);
                    if (invalid != null) {
                        return invalid;
                    }
                    applyEdit(stored.json, data, uploads);
                    stored.json.put("flags", stored.json.path("flags").asInt() & ~FLAG_LOADING);
                    lock.notifyAll();
                    return Resp.ok(stored.json.deepCopy());
                }
                case "DELETE":
                    stored.deleted = true;
                    lock.notifyAll();
                    return Resp.noContent();
                default:
                    return Resp.unknownRoute();
            }
        }
    }

    private Stored newInteractionMessage(InteractionState state, JsonNode data, List<Upload> uploads, Kind kind,
            int extraFlags) {
        ObjectNode message = newMessageJson(state.channelId, data, uploads);
        int flags = (data.path("flags").asInt() & (FLAG_EPHEMERAL | 4 | 4096)) | extraFlags;
        message.put("flags", flags);
        message.put("type", state.type == 2 && kind == Kind.INTERACTION_RESPONSE ? 20 : 0);
        message.put("webhook_id", String.valueOf(APPLICATION_ID));
        message.put("application_id", String.valueOf(APPLICATION_ID));
        message.set("interaction_metadata", obj(
                "id", state.id,
                "type", state.type,
                "user", user(state.userId),
                "authorizing_integration_owners", obj("0", String.valueOf(guildOfLocked(state.channelId)))));
        ObjectNode legacy = obj("id", state.id, "type", state.type, "name", state.commandName == null ? ""
                : state.commandName, "user", user(state.userId));
        if (state.commandName != null) {
            message.set("interaction", legacy);
        }
        Stored stored = new Stored(message, kind, state.channelId, state.id);
        store(stored);
        return stored;
    }

    // ---------------------------------------------------------------------------------------------- messages

    private Resp checkChannel(long channelId, boolean sending) {
        if (deletedChannels.contains(channelId) || !channels.containsKey(channelId)) {
            return Resp.error(404, 10003, "Unknown Channel");
        }
        if (sending && deniedChannels.contains(channelId)) {
            return Resp.error(403, 50013, "Missing Permissions");
        }
        ObjectNode channel = channels.get(channelId);
        if (sending && channel.path("type").asInt() == 1) {
            long recipient = channel.path("recipients").path(0).path("id").asLong();
            if (closedDms.contains(recipient)) {
                return Resp.error(403, 50007, "Cannot send messages to this user");
            }
        }
        return null;
    }

    private Resp createChannelMessage(Request r, long channelId, List<Upload> uploads, List<Runnable> dispatches) {
        synchronized (lock) {
            Resp err = checkChannel(channelId, true);
            if (err != null) {
                return err;
            }
            JsonNode data = r.json() == null ? obj() : r.json();
            Resp invalid = validateMessage(data, uploads, true);
            if (invalid != null) {
                return invalid;
            }
            Stored sameNonce = earlierWithNonce(channelId, data);
            if (sameNonce != null) {
                return Resp.ok(sameNonce.json.deepCopy()); // Discord: enforce_nonce returns the message sent before
            }
            ObjectNode message = newMessageJson(channelId, data, uploads);
            message.put("flags", data.path("flags").asInt() & (4 | 4096));
            JsonNode reference = data.path("message_reference");
            if (reference.isObject() && reference.has("message_id")) {
                long referencedId = reference.path("message_id").asLong();
                Stored referenced = messages.get(referencedId);
                if ((referenced == null || referenced.deleted) && reference.path("fail_if_not_exists").asBoolean(true)) {
                    return invalidForm("message_reference", "MESSAGE_REFERENCE_UNKNOWN_MESSAGE", "Unknown message");
                }
                message.put("type", 19);
                ObjectNode ref = obj("type", 0, "message_id", String.valueOf(referencedId),
                        "channel_id", String.valueOf(channelId));
                if (message.has("guild_id")) {
                    ref.set("guild_id", message.get("guild_id"));
                }
                message.set("message_reference", ref);
                if (referenced != null && !referenced.deleted) {
                    ObjectNode copy = referenced.json.deepCopy();
                    copy.remove("referenced_message");
                    message.set("referenced_message", copy);
                } else {
                    message.putNull("referenced_message");
                }
            }
            Stored stored = new Stored(message, Kind.CHANNEL_POST, channelId, null);
            store(stored);
            ObjectNode channel = channels.get(channelId);
            channel.put("last_message_id", message.path("id").asText());
            if (threadIds.contains(channelId)) {
                channel.put("message_count", channel.path("message_count").asInt() + 1);
                channel.put("total_message_sent", channel.path("total_message_sent").asInt() + 1);
            }
            mirrorMessageCreate(stored, dispatches);
            lock.notifyAll();
            return Resp.ok(message.deepCopy());
        }
    }

    /** With {@code enforce_nonce}, the bot's earlier message in this channel carrying the same nonce, if any. */
    private Stored earlierWithNonce(long channelId, JsonNode data) {
        if (!data.path("enforce_nonce").asBoolean(false) || !data.hasNonNull("nonce")) {
            return null;
        }
        String nonce = data.path("nonce").asText();
        return botPosts(channelId).stream().filter(s -> nonce.equals(s.json.path("nonce").asText(null)))
                .findFirst().orElse(null);
    }

    private Resp listMessages(Request r, long channelId) {
        synchronized (lock) {
            Resp err = checkChannel(channelId, false);
            if (err != null) {
                return err;
            }
            Map<String, String> q = queryParams(r.query());
            int limit = Math.max(1, Math.min(100, parseIntOr(q.get("limit"), 50)));
            Long before = parseLongOrNull(q.get("before"));
            Long after = parseLongOrNull(q.get("after"));
            List<Stored> visible = history.getOrDefault(channelId, List.of()).stream()
                    .filter(s -> !s.deleted && (s.json.path("flags").asInt() & FLAG_EPHEMERAL) == 0)
                    .filter(s -> before == null || s.id() < before)
                    .filter(s -> after == null || s.id() > after)
                    .collect(Collectors.toList());
            ArrayNode out = arr();
            if (after != null && before == null) {
                // Discord returns the oldest page after `after`, still newest first
                List<Stored> page = visible.subList(0, Math.min(limit, visible.size()));
                for (int i = page.size() - 1; i >= 0; i--) {
                    out.add(page.get(i).json.deepCopy());
                }
            } else {
                for (int i = visible.size() - 1; i >= 0 && out.size() < limit; i--) {
                    out.add(visible.get(i).json.deepCopy());
                }
            }
            return Resp.ok(out);
        }
    }

    private Resp channelMessage(Request r, long channelId, long messageId, List<Upload> uploads) {
        synchronized (lock) {
            Resp err = checkChannel(channelId, false);
            if (err != null) {
                return err;
            }
            Stored stored = messages.get(messageId);
            if (stored == null || stored.deleted || stored.channelId != channelId) {
                return Resp.error(404, 10008, "Unknown Message");
            }
            switch (r.method()) {
                case "GET":
                    return Resp.ok(stored.json.deepCopy());
                case "PATCH": {
                    if (stored.json.path("author").path("id").asLong() != BOT_ID) {
                        return Resp.error(403, 50005, "Cannot edit a message authored by another user");
                    }
                    JsonNode data = r.json() == null ? obj() : r.json();
                    Resp invalid = validateMessage(data, uploads, false);
                    if (invalid != null) {
                        return invalid;
                    }
                    applyEdit(stored.json, data, uploads);
                    lock.notifyAll();
                    return Resp.ok(stored.json.deepCopy());
                }
                case "DELETE":
                    stored.deleted = true;
                    lock.notifyAll();
                    return Resp.noContent();
                default:
                    return Resp.unknownRoute();
            }
        }
    }

    private Resp createThread(Request r, long channelId, Long messageId, List<Runnable> dispatches) {
        synchronized (lock) {
            Resp err = checkChannel(channelId, true);
            if (err != null) {
                return err;
            }
            ObjectNode parent = channels.get(channelId);
            int parentType = parent.path("type").asInt();
            if (parentType != 0 && parentType != 5) {
                return Resp.error(400, 50024, "Cannot execute action on this channel type");
            }
            JsonNode body = r.json() == null ? obj() : r.json();
            String name = body.path("name").asText("");
            if (name.isEmpty() || name.length() > 100) {
                return invalidForm("name", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
            }
            long threadId;
            int type;
            if (messageId != null) {
                Stored message = messages.get(messageId);
                if (message == null || message.deleted || message.channelId != channelId) {
                    return Resp.error(404, 10008, "Unknown Message");
                }
                if (channels.containsKey(messageId)) {
                    return Resp.error(400, 160004, "A thread has already been created for this message");
                }
                threadId = messageId; // Discord: a thread started from a message has the message's id
                type = parentType == 5 ? 10 : 11;
            } else {
                threadId = nextId();
                type = body.path("type").asInt(12);
            }
            int autoArchive = body.path("auto_archive_duration").asInt(parent.path("default_auto_archive_duration")
                    .asInt(1440));
            ObjectNode thread = thread(threadId, channelId, type, name, autoArchive,
                    body.path("rate_limit_per_user").asInt(0));
            channels.put(threadId, thread);
            threadIds.add(threadId);
            if (messageId != null) {
                Stored message = messages.get(messageId);
                message.json.set("thread", thread.deepCopy());
                message.json.put("flags", message.json.path("flags").asInt() | FLAG_HAS_THREAD);
            }
            ObjectNode event = thread.deepCopy();
            event.put("newly_created", true);
            dispatches.add(() -> gateway.dispatch("THREAD_CREATE", event));
            lock.notifyAll();
            return Resp.status(201, thread.deepCopy());
        }
    }

    /** Validates a message body the way Discord does for the rules bots commonly trip over. */
    private static Resp validateMessage(JsonNode data, List<Upload> uploads, boolean creating) {
        String content = data.path("content").isTextual() ? data.path("content").asText() : "";
        JsonNode embeds = data.path("embeds");
        JsonNode components = data.path("components");
        boolean hasEmbeds = embeds.isArray() && embeds.size() > 0;
        boolean hasComponents = components.isArray() && components.size() > 0;
        boolean hasFiles = !uploads.isEmpty() || (data.path("attachments").isArray() && data.path("attachments").size() > 0);
        boolean hasOther = data.path("sticker_ids").size() > 0 || data.has("poll");
        if (creating && content.isEmpty() && !hasEmbeds && !hasComponents && !hasFiles && !hasOther) {
            return Resp.error(400, 50006, "Cannot send an empty message");
        }
        if (content.codePointCount(0, content.length()) > 2000) {
            return invalidForm("content", "BASE_TYPE_MAX_LENGTH", "Must be 2000 or fewer in length.");
        }
        if (embeds.isArray()) {
            if (embeds.size() > 10) {
                return invalidForm("embeds", "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.");
            }
            int total = 0;
            for (JsonNode e : embeds) {
                String description = e.path("description").asText("");
                if (description.length() > 4096) {
                    return invalidForm("embeds.0.description", "BASE_TYPE_MAX_LENGTH", "Must be 4096 or fewer in length.");
                }
                total += e.path("title").asText("").length() + description.length()
                        + e.path("footer").path("text").asText("").length() + e.path("author").path("name").asText("").length();
                for (JsonNode f : e.path("fields")) {
                    total += f.path("name").asText("").length() + f.path("value").asText("").length();
                }
            }
            if (total > 6000) {
                return invalidForm("embeds", "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000");
            }
        }
        return null;
    }

    private ObjectNode newMessageJson(long channelId, JsonNode data, List<Upload> uploads) {
        ObjectNode channel = channels.get(channelId);
        boolean guildChannel = channel != null && channel.path("type").asInt() != 1;
        String content = data.path("content").isTextual() ? data.path("content").asText() : "";
        long guildId = guildChannel ? channel.path("guild_id").asLong() : 0;
        ObjectNode message = obj(
                "id", String.valueOf(nextId()),
                "type", 0,
                "channel_id", String.valueOf(channelId),
                "author", user(BOT_ID),
                "content", content,
                "timestamp", Json.now(),
                "edited_timestamp", null,
                "tts", data.path("tts").asBoolean(false),
                "mention_everyone", false,
                "mentions", mentionsIn(content, guildId),
                "mention_roles", roleMentionsIn(content),
                "attachments", attachments(data, uploads, null),
                "embeds", normalizeEmbeds(data.path("embeds")),
                "components", normalizeComponents(data.path("components")),
                "pinned", false,
                "flags", 0);
        if (guildChannel) {
            message.put("guild_id", String.valueOf(guildId));
        }
        if (data.has("nonce")) {
            message.set("nonce", data.get("nonce"));
        }
        return message;
    }

    private void applyEdit(ObjectNode message, JsonNode data, List<Upload> uploads) {
        if (data.has("content")) {
            String content = data.path("content").isTextual() ? data.path("content").asText() : "";
            message.put("content", content);
            message.set("mentions", mentionsIn(content, message.path("guild_id").asLong(0)));
            message.set("mention_roles", roleMentionsIn(content));
        }
        if (data.has("embeds")) {
            message.set("embeds", normalizeEmbeds(data.path("embeds")));
        }
        if (data.has("components")) {
            message.set("components", normalizeComponents(data.path("components")));
        }
        if (data.has("attachments") || !uploads.isEmpty()) {
            message.set("attachments", attachments(data, uploads, message.path("attachments")));
        }
        if (data.has("flags")) {
            int keep = message.path("flags").asInt() & ~4;
            message.put("flags", keep | (data.path("flags").asInt() & 4));
        }
        message.put("edited_timestamp", Json.now());
    }

    private ArrayNode mentionsIn(String content, long guildId) {
        ArrayNode out = arr();
        Set<Long> seen = new HashSet<>();
        Matcher m = Pattern.compile("<@!?(\\d+)>").matcher(content);
        while (m.find()) {
            long id = Long.parseLong(m.group(1));
            if (seen.add(id)) {
                out.add(mentionedUser(id, members.contains(id) ? guildId : 0));
            }
        }
        return out;
    }

    private static ArrayNode roleMentionsIn(String content) {
        ArrayNode out = arr();
        Matcher m = Pattern.compile("<@&(\\d+)>").matcher(content);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static ArrayNode normalizeEmbeds(JsonNode embeds) {
        ArrayNode out = arr();
        if (embeds.isArray()) {
            for (JsonNode e : embeds) {
                ObjectNode copy = e.deepCopy();
                if (!copy.has("type")) {
                    copy.put("type", "rich");
                }
                out.add(copy);
            }
        }
        return out;
    }

    /** Copies components and gives every component without one a numeric {@code id}, as Discord does. */
    private static ArrayNode normalizeComponents(JsonNode components) {
        ArrayNode out = components.isArray() ? components.deepCopy() : arr();
        int[] max = {0};
        walkComponents(out, n -> max[0] = Math.max(max[0], n.path("id").asInt(0)));
        walkComponents(out, n -> {
            if (!n.has("id") || n.path("id").asInt(0) <= 0) {
                n.put("id", ++max[0]);
            }
        });
        return out;
    }

    private static void walkComponents(JsonNode node, java.util.function.Consumer<ObjectNode> visitor) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> walkComponents(n, visitor));
        } else if (node.isObject() && node.has("type")) {
            visitor.accept((ObjectNode) node);
            for (String child : List.of("components", "component", "accessory")) {
                walkComponents(node.get(child), visitor);
            }
        }
    }

    private ArrayNode attachments(JsonNode data, List<Upload> uploads, JsonNode existing) {
        ArrayNode out = arr();
        JsonNode declared = data.path("attachments");
        if (existing != null && existing.isArray()) {
            Set<String> keep = new HashSet<>();
            declared.forEach(a -> keep.add(a.path("id").asText()));
            for (JsonNode a : existing) {
                if (keep.contains(a.path("id").asText())) {
                    out.add(a.deepCopy());
                }
            }
        }
        for (int i = 0; i < uploads.size(); i++) {
            Upload u = uploads.get(i);
            String description = null;
            for (JsonNode a : declared) {
                if (a.path("id").asText().equals(String.valueOf(i)) && a.hasNonNull("description")) {
                    description = a.path("description").asText();
                }
            }
            long id = nextId();
            uploadedFiles.put(String.valueOf(id), u.data().clone());
            String url = restBaseUrl.replace("/api/v10/", "") + "/attachments/" + id + "/" + u.filename();
            ObjectNode attachment = obj(
                    "id", String.valueOf(id),
                    "filename", u.filename(),
                    "size", u.data().length,
                    "url", url,
                    "proxy_url", url,
                    "content_type", u.contentType() == null ? "application/octet-stream" : u.contentType(),
                    "ephemeral", false);
            if (description != null) {
                attachment.put("description", description);
            }
            out.add(attachment);
        }
        return out;
    }

    private void store(Stored stored) {
        messages.put(stored.id(), stored);
        history.computeIfAbsent(stored.channelId, k -> new ArrayList<>()).add(stored);
    }

    private List<Stored> botPosts(long channelId) {
        return history.getOrDefault(channelId, List.of()).stream()
                .filter(s -> s.kind == Kind.CHANNEL_POST && !s.deleted).collect(Collectors.toList());
    }

    /** Discord echoes the bot's own non-ephemeral messages as MESSAGE_CREATE (when the intents allow). */
    private void mirrorMessageCreate(Stored stored, List<Runnable> dispatches) {
        if ((stored.json.path("flags").asInt() & (FLAG_EPHEMERAL | FLAG_LOADING)) != 0) {
            return;
        }
        ObjectNode channel = channels.get(stored.channelId);
        boolean guildChannel = channel != null && channel.path("type").asInt() != 1;
        int needed = guildChannel ? GUILD_MESSAGES_INTENT : DIRECT_MESSAGES_INTENT;
        if ((gateway.intents() & needed) == 0) {
            return;
        }
        ObjectNode event = stored.json.deepCopy();
        if (guildChannel) {
            event.set("member", member(channel.path("guild_id").asLong(), BOT_ID, false, false));
        }
        dispatches.add(() -> gateway.dispatchIfSession("MESSAGE_CREATE", event));
    }

    // ============================================================================================== utilities

    /** The guild of a channel (0 for a direct message); the caller holds {@code lock}. */
    private long guildOfLocked(long channelId) {
        ObjectNode channel = channels.get(channelId);
        return channel == null ? 0 : channel.path("guild_id").asLong(0);
    }

    private long nextId() {
        long now = (System.currentTimeMillis() - 1420070400000L) << 22;
        return lastId.updateAndGet(prev -> Math.max(prev + 1, now));
    }

    private Exchange exchangeOf(Request r) {
        synchronized (lock) {
            for (Exchange e : exchanges) {
                if (e.request == r) {
                    return e;
                }
            }
        }
        throw new IllegalArgumentException("Request was not recorded by this FakeDiscord: " + r);
    }

    private String describeRequests() {
        StringBuilder sb = new StringBuilder();
        int from = Math.max(0, exchanges.size() - 30);
        for (int i = from; i < exchanges.size(); i++) {
            Exchange e = exchanges.get(i);
            String body = e.request.body();
            if (body.length() > 200) {
                body = body.substring(0, 200) + "...";
            }
            sb.append("  ").append(e.status).append(' ').append(e.request.method()).append(' ').append(e.request.path())
                    .append(e.request.query().isEmpty() ? "" : "?" + e.request.query()).append(' ').append(body).append('\n');
        }
        if (exchanges.isEmpty()) {
            sb.append("  (no requests)\n");
        }
        return sb.toString();
    }

    private void waitOn(long nanos) {
        try {
            TimeUnit.NANOSECONDS.timedWait(lock, nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static Map<String, String> queryParams(String query) {
        Map<String, String> out = new HashMap<>();
        if (query == null || query.isEmpty()) {
            return out;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(pair.substring(0, eq), pair.substring(eq + 1));
            } else {
                out.put(pair, "");
            }
        }
        return out;
    }

    private static int parseIntOr(String s, int fallback) {
        try {
            return s == null ? fallback : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static Long parseLongOrNull(String s) {
        try {
            return s == null ? null : Long.parseLong(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
