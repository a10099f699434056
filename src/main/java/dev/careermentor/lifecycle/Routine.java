package dev.careermentor.lifecycle;

/**
 * A long-running part of the bot (the database, the Discord gateway, the study-group dispatcher):
 * something that is started once and must be stopped once. {@link Lifecycle} does both, in order.
 */
public interface Routine {

    /** What the logs call it. */
    String name();

    /** Starts the part; it runs until {@link #stop()}. */
    void start() throws Exception;

    /** Stops the part and releases what it holds. Called once, and only after a successful start. */
    void stop();

    /** A routine from two actions, for parts that are not classes of their own. */
    static Routine of(String name, Action start, Runnable stop) {
        return new Routine() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void start() throws Exception {
                start.run();
            }

            @Override
            public void stop() {
                stop.run();
            }
        };
    }

    /** A start action, which may fail. */
    @FunctionalInterface
    interface Action {
        void run() throws Exception;
    }
}
