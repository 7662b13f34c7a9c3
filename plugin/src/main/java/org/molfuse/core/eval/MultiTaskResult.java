package org.molfuse.core.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One metric over several tasks: the value per task (in task order), their macro average and the tasks left out of
 * the average because the metric is undefined on them (their reasons are in {@code perTask}).
 */
public record MultiTaskResult(Map<String, MetricValue> perTask, MetricValue macroAverage, List<String> undefinedTasks) {

    public MultiTaskResult {
        perTask = Collections.unmodifiableMap(new LinkedHashMap<>(perTask));
        undefinedTasks = List.copyOf(undefinedTasks);
    }
}
