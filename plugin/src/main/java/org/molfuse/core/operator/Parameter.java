package org.molfuse.core.operator;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.molfuse.core.data.ColumnType;

/**
 * One typed setting of an operator. Its key is the settings key in KNIME and in workflow files; its label and
 * description are what a chemist reads in the dialog and the node description. {@link #check(Object)} validates a
 * value and returns it in its canonical Java type.
 */
public sealed interface Parameter permits Parameter.Text, Parameter.Int, Parameter.Real, Parameter.Flag,
        Parameter.Choice, Parameter.ColumnName, Parameter.ColumnNames, Parameter.FilePath {

    String key();

    String label();

    String description();

    Object defaultValue();

    /** The value in canonical form; an {@link InvalidParameterException} naming this setting if it is not valid. */
    Object check(Object value);

    private static void requireText(String key, String label, String description) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
        if (!key.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("parameter keys are lower_snake_case, got '" + key + "'");
        }
    }

    private static <T> T typed(Parameter parameter, Object value, Class<T> type, String expected) {
        if (!type.isInstance(value)) {
            throw new InvalidParameterException(parameter, "expected " + expected + ", got "
                    + (value == null ? "nothing" : "'" + value + "'"));
        }
        return type.cast(value);
    }

    /** Free text. */
    record Text(String key, String label, String description, String defaultValue) implements Parameter {
        public Text {
            requireText(key, label, description);
            Objects.requireNonNull(defaultValue, "defaultValue");
        }

        @Override
        public String check(Object value) {
            return typed(this, value, String.class, "text");
        }
    }

    /** A whole number in [min, max]. */
    record Int(String key, String label, String description, Integer defaultValue, int min, int max)
            implements Parameter {
        public Int {
            requireText(key, label, description);
            if (min > max || defaultValue < min || defaultValue > max) {
                throw new IllegalArgumentException(key + ": default " + defaultValue + " outside [" + min + ", "
                        + max + "]");
            }
        }

        @Override
        public Integer check(Object value) {
            int number = typed(this, value, Integer.class, "a whole number");
            if (number < min || number > max) {
                throw new InvalidParameterException(this, number + " is outside [" + min + ", " + max + "]");
            }
            return number;
        }
    }

    /** A real number in [min, max]; NaN is never valid. */
    record Real(String key, String label, String description, Double defaultValue, double min, double max)
            implements Parameter {
        public Real {
            requireText(key, label, description);
            if (!(min <= max) || !(defaultValue >= min && defaultValue <= max)) {
                throw new IllegalArgumentException(key + ": default " + defaultValue + " outside [" + min + ", "
                        + max + "]");
            }
        }

        @Override
        public Double check(Object value) {
            double number = value instanceof Integer whole ? whole
                    : typed(this, value, Double.class, "a number");
            if (!(number >= min && number <= max)) {
                throw new InvalidParameterException(this, number + " is outside [" + min + ", " + max + "]");
            }
            return number;
        }
    }

    /** Yes or no. */
    record Flag(String key, String label, String description, Boolean defaultValue) implements Parameter {
        public Flag {
            requireText(key, label, description);
            Objects.requireNonNull(defaultValue, "defaultValue");
        }

        @Override
        public Boolean check(Object value) {
            return typed(this, value, Boolean.class, "true or false");
        }
    }

    /** One of a fixed list of values. */
    record Choice(String key, String label, String description, String defaultValue, List<String> choices)
            implements Parameter {
        public Choice {
            requireText(key, label, description);
            choices = List.copyOf(choices);
            if (!choices.contains(defaultValue)) {
                throw new IllegalArgumentException(key + ": default '" + defaultValue + "' is not one of " + choices);
            }
        }

        @Override
        public String check(Object value) {
            String text = typed(this, value, String.class, "one of " + choices);
            if (!choices.contains(text)) {
                throw new InvalidParameterException(this, "'" + text + "' is not one of " + choices);
            }
            return text;
        }
    }

    /**
     * The name of a column of input table {@code port} whose type is one of {@code accepted}. The empty default
     * means "pick one when the input is known": the first accepted column whose name matches {@code preferred}
     * (case-insensitive regex, may be null), else the first accepted column. An optional column may stay empty.
     */
    record ColumnName(String key, String label, String description, int port, Set<ColumnType> accepted,
            String preferred, boolean optional) implements Parameter {
        public ColumnName {
            requireText(key, label, description);
            accepted = Set.copyOf(accepted);
            if (preferred != null) {
                Pattern.compile(preferred);
            }
        }

        @Override
        public String defaultValue() {
            return "";
        }

        @Override
        public String check(Object value) {
            return typed(this, value, String.class, "a column name");
        }

        public boolean prefers(String columnName) {
            return preferred != null
                    && Pattern.compile(preferred, Pattern.CASE_INSENSITIVE).matcher(columnName).matches();
        }
    }

    /** Several columns of input table {@code port}, each of an accepted type; the default is none. */
    record ColumnNames(String key, String label, String description, int port, Set<ColumnType> accepted)
            implements Parameter {
        public ColumnNames {
            requireText(key, label, description);
            accepted = Set.copyOf(accepted);
        }

        @Override
        public List<String> defaultValue() {
            return List.of();
        }

        @Override
        public List<String> check(Object value) {
            List<?> list = typed(this, value, List.class, "a list of column names");
            for (Object item : list) {
                if (!(item instanceof String)) {
                    throw new InvalidParameterException(this, "expected column names, got '" + item + "'");
                }
            }
            return list.stream().map(String.class::cast).toList();
        }
    }

    /**
     * A file path. The empty default means no file; whether an empty path is allowed depends on the other
     * settings, so the operator checks that.
     */
    record FilePath(String key, String label, String description, List<String> extensions) implements Parameter {
        public FilePath {
            requireText(key, label, description);
            extensions = List.copyOf(extensions);
        }

        @Override
        public String defaultValue() {
            return "";
        }

        @Override
        public String check(Object value) {
            return typed(this, value, String.class, "a file path");
        }
    }
}
