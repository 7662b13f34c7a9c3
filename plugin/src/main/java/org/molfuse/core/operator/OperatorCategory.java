package org.molfuse.core.operator;

/** Where a node sits in the node repository, under /community/molfuse. */
public enum OperatorCategory {
    DATA("data", "Data"),
    CHEMISTRY("chemistry", "Chemistry"),
    GRAPHS("graphs", "Graphs"),
    LANGUAGE_MODELS("languagemodels", "Language models"),
    LEARNERS("learners", "Learners"),
    SCORING("scoring", "Scoring");

    private final String levelId;
    private final String label;

    OperatorCategory(String levelId, String label) {
        this.levelId = levelId;
        this.label = label;
    }

    /** The path segment of the category below /community/molfuse. */
    public String levelId() {
        return levelId;
    }

    public String label() {
        return label;
    }
}
