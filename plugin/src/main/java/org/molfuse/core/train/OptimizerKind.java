package org.molfuse.core.train;

import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.ParameterTracker;
import java.util.Locale;

/** The optimizers a training can use. */
public enum OptimizerKind {
    /** Adam; weight decay is added to the gradient (L2 regularization), as in chemprop. */
    ADAM,
    /** AdamW: weight decay applied to the weights, decoupled from the gradient. */
    ADAMW;

    /** The optimizer, its learning rate following {@code learningRate} update by update. */
    public Optimizer create(ParameterTracker learningRate, double weightDecay) {
        return this == ADAM
                ? Optimizer.adam().optLearningRateTracker(learningRate).optWeightDecays((float) weightDecay).build()
                : Optimizer.adamW().optLearningRateTracker(learningRate).optWeightDecays((float) weightDecay).build();
    }

    /** The kind of a name such as "adam" or "AdamW"; an unknown name lists the valid ones. */
    public static OptimizerKind parse(String name) {
        String key = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
        for (OptimizerKind kind : values()) {
            if (kind.name().equals(key)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown optimizer '" + name + "'; valid optimizers: adam, adamw");
    }
}
