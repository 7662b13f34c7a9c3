package org.molfuse.core.chem;

/**
 * Outcome of one input row of a {@link BatchFeaturizer} run: either a value or the error that replaced it.
 *
 * @param row   0-based position of the input in the batch
 * @param input the input string as given
 * @param value the function's result, null when it failed
 * @param error why the row has no value (names the row counting from 1, as every MolFuse message does), null when it succeeded
 */
public record RowResult<T>(int row, String input, T value, String error) {

    public static <T> RowResult<T> ok(int row, String input, T value) {
        return new RowResult<>(row, input, value, null);
    }

    public static <T> RowResult<T> failed(int row, String input, String error) {
        return new RowResult<>(row, input, null, error);
    }

    public boolean isOk() {
        return error == null;
    }
}
