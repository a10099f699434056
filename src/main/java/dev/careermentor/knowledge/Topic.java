package dev.careermentor.knowledge;

/**
 * A step of the career roadmap, the unit a learner makes progress in. Topics are listed in roadmap
 * order in {@code knowledge/topics.yaml}; each topic's cards sit in the directory named by its id.
 *
 * @param summary one line on what the topic covers
 * @param next one line on what a learner should do next in this topic
 */
public record Topic(String id, String title, String summary, String next) {
}
