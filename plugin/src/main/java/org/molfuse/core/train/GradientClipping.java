package org.molfuse.core.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Parameter;
import java.util.ArrayList;
import java.util.List;

/**
 * Clipping by global norm, as torch's {@code clip_grad_norm_}: with {@code norm} the L2 norm of all gradients taken
 * together, every gradient is multiplied by {@code maxNorm / (norm + 1e-6)} when that factor is below 1.
 */
public final class GradientClipping {

    private GradientClipping() {
    }

    /**
     * Clips the gradients of {@code parameters} in place and returns their norm before clipping. Call it inside an
     * NDScope: the gradient views and sums it makes are temporary.
     */
    public static double clip(List<Parameter> parameters, double maxNorm) {
        List<NDArray> gradients = new ArrayList<>(parameters.size());
        NDArray squares = null;
        for (Parameter parameter : parameters) {
            NDArray gradient = parameter.getArray().getGradient();
            gradients.add(gradient);
            NDArray sum = gradient.square().sum();
            squares = squares == null ? sum : squares.add(sum);
        }
        if (squares == null) {
            return 0;
        }
        double norm = Math.sqrt(squares.toType(DataType.FLOAT64, false).getDouble());
        double scale = maxNorm / (norm + 1e-6);
        if (scale < 1) {
            for (NDArray gradient : gradients) {
                gradient.muli((float) scale); // in place: the views share the parameters' gradient storage
            }
        }
        return norm;
    }
}
