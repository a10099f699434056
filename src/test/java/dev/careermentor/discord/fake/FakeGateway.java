package dev.careermentor.discord.fake;

import static dev.careermentor.discord.fake.Json.arr;
import static dev.careermentor.discord.fake.Json.obj;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import org.java_websocket.WebSocket;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
  * The gateway half of {@link FakeDiscord}: HELLO, heartbeats, IDENTIFY -> READY + GUILD_CREATE, RESUME with replay,
  * zlib-stream transport compression, and one session per shard whose dispatches are numbered and kept for replay.
  *
  * <p>Sharding as Discord does it: IDENTIFY names {@code [shard_id, num_shards]}; a wrong total is closed with 4011
  * (sharding required) or 4010 (invalid shard); READY and GUILD_CREATE carry only the shard's guilds; a dispatch goes
  * to the shard of its {@code guild_id} ({@code (guild_id >> 22) % num_shards}), direct messages to shard 0.
  *
  * <p>Lock order: this gateway's {@code lock} may be held while calling into FakeDiscord's state lock, never the
  * other way round (FakeDiscord dispatches only after releasing its own lock).
  */
final class FakeGateway extends WebSocketServer {
    static final int HEARTBEAT_INTERVAL_MS = 41_250;

    private final FakeDiscord discord;
    private final CountDownLatch started = new CountDownLatch(1);
    private volatile Exception startFailure;

    private final Object lock = new Object();
    // --- guarded by lock ---
    private final Map<Integer, Session> sessions = new HashMap<>(); // by shard id
    private final List<JsonNode> identifies = new ArrayList<>();
    private final List<JsonNode> resumes = new ArrayList<>();
    private final List<String> connectionUrls = new ArrayList<>();
    private volatile int intents;
    /** Intents the application may not use (a privileged intent not enabled in the developer portal). */
    private volatile int disallowedIntents;

    /** One shard's session: its live connection (null while the client is away) and the dispatches kept for replay. */
    private static final class Session {
        final int shard;
        WebSocket active;
        String sessionId;
        int seq;
        final List<ObjectNode> dispatched = new ArrayList<>();

        Session(int shard) {
            this.shard = shard;
        }
    }

    /** Per-connection transport state. */
    private static final class Connection {
        final boolean zlib;
        final Deflater deflater;
        final byte[] buffer = new byte[16 * 1024];

        Connection(boolean zlib) {
            this.zlib = zlib;
            this.deflater = zlib ? new Deflater() : null;
        }
    }

    FakeGateway(FakeDiscord discord, int port) {
        super(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        this.discord = discord;
        setReuseAddr(true);
        setConnectionLostTimeout(0);
        setDaemon(true);
    }

    void startAndAwait() {
        start();
        try {
            if (!started.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("fake gateway did not start in 10s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (startFailure != null) {
            throw new IllegalStateException("fake gateway failed to start", startFailure);
        }
    }

    // ------------------------------------------------------------------------------------------------ WebSocketServer

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        String descriptor = handshake.getResourceDescriptor();
        conn.setAttachment(new Connection(descriptor != null && descriptor.contains("compress=zlib-stream")));
        synchronized (lock) {
            connectionUrls.add(descriptor);
        }
        send(conn, obj("op", 10, "s", null, "t", null, "d",
                obj("heartbeat_interval", HEARTBEAT_INTERVAL_MS, "_trace", arr("fake-discord-gateway"))));
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        JsonNode payload;
        try {
            payload = Json.parse(message);
        } catch (RuntimeException e) {
            conn.close(4002, "Error while decoding payload.");
            return;
        }
        handle(conn, payload);
    }

    @Override
    public void onMessage(WebSocket conn, ByteBuffer message) {
        byte[] bytes = new byte[message.remaining()];
        message.get(bytes);
        onMessage(conn, new String(bytes, StandardCharsets.UTF_8));
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        synchronized (lock) {
            for (Session session : sessions.values()) {
                if (session.active == conn) {
                    session.active = null;
                }
            }
            lock.notifyAll();
        }
        Connection c = conn.getAttachment();
        if (c != null && c.deflater != null) {
            synchronized (c) {
                c.deflater.end();
            }
        }
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        if (conn == null) {
            startFailure = ex;
            started.countDown();
        }
    }

    // ------------------------------------------------------------------------------------------------ protocol

    private void handle(WebSocket conn, JsonNode payload) {
        int op = payload.path("op").asInt(-1);
        JsonNode d = payload.path("d");
        switch (op) {
            case 1: // HEARTBEAT
                send(conn, obj("op", 11));
                break;
            case 2: // IDENTIFY
                identify(conn, d);
                break;
            case 6: // RESUME
                resume(conn, d);
                break;
            case 3: // PRESENCE_UPDATE
            case 4: // VOICE_STATE_UPDATE
            case 8: // REQUEST_GUILD_MEMBERS (member_count == members listed, so JDA should not ask)
                break;
            default:
                conn.close(4001, "Unknown opcode.");
        }
    }

    private void identify(WebSocket conn, JsonNode d) {
        if (!FakeDiscord.TOKEN.equals(d.path("token").asText())) {
            conn.close(4004, "Authentication failed.");
            return;
        }
        if ((d.path("intents").asInt() & disallowedIntents) != 0) {
            conn.close(4014, "Disallowed intent(s).");
            return;
        }
        JsonNode shardField = d.path("shard");
        int shard = shardField.isArray() ? shardField.path(0).asInt() : 0;
        int total = shardField.isArray() ? shardField.path(1).asInt(1) : 1;
        if (total < discord.shardCount()) {
            conn.close(4011, "Sharding required.");
            return;
        }
        if (total != discord.shardCount() || shard < 0 || shard >= total) {
            conn.close(4010, "Invalid shard.");
            return;
        }
        synchronized (lock) {
            identifies.add(d.deepCopy());
            intents = d.path("intents").asInt();
            Session session = sessions.computeIfAbsent(shard, Session::new);
            session.sessionId = UUID.randomUUID().toString().replace("-", "");
            session.seq = 0;
            session.dispatched.clear();
            WebSocket previous = session.active;
            session.active = conn;
            if (previous != null && previous != conn && previous.isOpen()) {
                previous.close(4000, "Superseded by a new session");
            }
            dispatchLocked(session, "READY", discord.readyPayload(session.sessionId, shardField, shard));
            for (ObjectNode guild : discord.guildCreatePayloads(shard)) {
                dispatchLocked(session, "GUILD_CREATE", guild);
            }
            lock.notifyAll();
        }
    }

    private void resume(WebSocket conn, JsonNode d) {
        synchronized (lock) {
            resumes.add(d.deepCopy());
            Session session = sessions.values().stream()
                    .filter(s -> s.sessionId != null && s.sessionId.equals(d.path("session_id").asText()))
                    .findFirst().orElse(null);
            boolean valid = session != null && FakeDiscord.TOKEN.equals(d.path("token").asText());
            if (!valid) {
                send(conn, obj("op", 9, "s", null, "t", null, "d", false));
                lock.notifyAll();
                return;
            }
            long lastSeen = d.path("seq").asLong(0);
            session.active = conn;
            for (ObjectNode event : session.dispatched) {
                if (event.path("s").asLong() > lastSeen) {
                    send(conn, event);
                }
            }
            dispatchLocked(session, "RESUMED", obj("_trace", arr("fake-discord-gateway")));
            lock.notifyAll();
        }
    }

    // ------------------------------------------------------------------------------------------------ API for FakeDiscord

    /**
      * Sends a dispatch to the session of the shard its {@code guild_id} belongs to (shard 0 without one), or keeps it
      * for replay while that client is disconnected.
      */
    void dispatch(String type, JsonNode data) {
        synchronized (lock) {
            Session session = sessions.get(shardOf(data));
            if (session == null || session.sessionId == null) {
                throw new IllegalStateException("No gateway session for shard " + shardOf(data)
                        + ": JDA has not identified yet");
            }
            dispatchLocked(session, type, data);
        }
    }

    /** Like {@link #dispatch}, but does nothing when that shard has no session (for echoes of the bot's own messages). */
    void dispatchIfSession(String type, JsonNode data) {
        synchronized (lock) {
            Session session = sessions.get(shardOf(data));
            if (session != null && session.sessionId != null) {
                dispatchLocked(session, type, data);
            }
        }
    }

    private int shardOf(JsonNode data) {
        long guildId = data.path("guild_id").asLong(0);
        return guildId == 0 ? 0 : FakeDiscord.shardOf(guildId, discord.shardCount());
    }

    private void dispatchLocked(Session session, String type, JsonNode data) {
        session.seq++;
        ObjectNode event = obj("op", 0, "t", type, "s", session.seq, "d", data);
        session.dispatched.add(event);
        if (session.active != null) {
            send(session.active, event);
        }
    }

    /** Waits until every shard has a session (its client identified at least once). */
    void awaitSession(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (sessions.values().stream().filter(s -> s.sessionId != null).count() < discord.shardCount()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("JDA did not IDENTIFY every shard with the fake gateway within " + timeout
                            + "; shards with a session: " + sessions.keySet());
                }
                waitOn(left);
            }
        }
    }

    /** Waits until the shard has a live connection (identified or resumed, and not closed since). */
    void awaitConnected(int shard, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (sessions.get(shard) == null || sessions.get(shard).active == null) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("Shard " + shard + " has no live gateway connection within " + timeout);
                }
                waitOn(left);
            }
        }
    }

    /** Whether the shard has a live connection now. */
    boolean isConnected(int shard) {
        synchronized (lock) {
            Session session = sessions.get(shard);
            return session != null && session.active != null;
        }
    }

    JsonNode awaitIdentify(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (identifies.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("No IDENTIFY received within " + timeout);
                }
                waitOn(left);
            }
            return identifies.get(identifies.size() - 1).deepCopy();
        }
    }

    void awaitResumed(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (resumes.size() < count || sessions.values().stream().allMatch(s -> s.active == null)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("Expected " + count + " RESUME(s) with an active connection within " + timeout
                            + ", got " + resumes.size());
                }
                waitOn(left);
            }
        }
    }

    private void waitOn(long nanos) {
        try {
            TimeUnit.NANOSECONDS.timedWait(lock, nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    int identifyCount() {
        synchronized (lock) {
            return identifies.size();
        }
    }

    int resumeCount() {
        synchronized (lock) {
            return resumes.size();
        }
    }

    List<String> connectionUrls() {
        synchronized (lock) {
            return List.copyOf(connectionUrls);
        }
    }

    int intents() {
        return intents;
    }

    void disallowIntents(int mask) {
        disallowedIntents = mask;
    }

    boolean hasSession() {
        synchronized (lock) {
            return sessions.values().stream().anyMatch(session -> session.sessionId != null);
        }
    }

    /** Closes every live connection (code 1001) so the clients reconnect and resume. */
    void disconnect() {
        List<WebSocket> current = new ArrayList<>();
        synchronized (lock) {
            for (Session session : sessions.values()) {
                if (session.active != null) {
                    current.add(session.active);
                    session.active = null;
                }
            }
        }
        if (current.isEmpty()) {
            throw new IllegalStateException("No connected gateway session to disconnect");
        }
        current.forEach(c -> c.close(1001, "Fake Discord: going away (resume expected)"));
    }

    // ------------------------------------------------------------------------------------------------ transport

    private void send(WebSocket conn, JsonNode payload) {
        Connection c = conn.getAttachment();
        byte[] json = Json.bytes(payload);
        synchronized (c) {
            if (!conn.isOpen()) {
                return;
            }
            try {
                if (c.zlib) {
                    conn.send(compress(c, json));
                } else {
                    conn.send(new String(json, StandardCharsets.UTF_8));
                }
            } catch (WebsocketNotConnectedException ignored) {
                // the client went away; dispatches stay in the replay log
            }
        }
    }

    /** One zlib stream per connection; every payload ends with a sync flush, i.e. the bytes 00 00 ff ff. */
    private static byte[] compress(Connection c, byte[] json) {
        c.deflater.setInput(json);
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 2 + 64);
        while (true) {
            int n = c.deflater.deflate(c.buffer, 0, c.buffer.length, Deflater.SYNC_FLUSH);
            out.write(c.buffer, 0, n);
            if (n < c.buffer.length && c.deflater.needsInput()) {
                break;
            }
        }
        return out.toByteArray();
    }
}
