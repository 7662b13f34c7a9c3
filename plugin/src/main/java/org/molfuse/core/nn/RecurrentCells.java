package org.molfuse.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Activation;

/**
 * One step of PyTorch's GRU and LSTM cells, with their gate order and weight layout ([gates x hidden, in]); the
 * blocks using them own the parameters.
 */
final class RecurrentCells {

    private RecurrentCells() {
    }

    /**
     * GRU: {@code r = s(W_ir x + b_ir + W_hr h + b_hr)}, {@code z = s(W_iz x + b_iz + W_hz h + b_hz)},
     * {@code n = tanh(W_in x + b_in + r (W_hn h + b_hn))}, {@code h' = (1 - z) n + z h}; gate rows in order r, z, n.
     */
    static NDArray gru(NDArray x, NDArray h, NDArray inputWeight, NDArray stateWeight, NDArray inputBias,
            NDArray stateBias) {
        NDList fromInput = Params.affine(x, inputWeight, inputBias).split(3, 1);
        NDList fromState = Params.affine(h, stateWeight, stateBias).split(3, 1);
        NDArray reset = Activation.sigmoid(fromInput.get(0).add(fromState.get(0)));
        NDArray keep = Activation.sigmoid(fromInput.get(1).add(fromState.get(1)));
        NDArray candidate = Activation.tanh(fromInput.get(2).add(reset.mul(fromState.get(2))));
        return keep.neg().add(1f).mul(candidate).add(keep.mul(h));
    }

    /**
     * LSTM: gates {@code i, f, g, o} (rows in that order) from {@code W_i x + b_i + W_h h + b_h};
     * {@code c' = s(f) c + s(i) tanh(g)}, {@code h' = s(o) tanh(c')}. Returns (h', c').
     */
    static NDList lstm(NDArray x, NDArray h, NDArray c, NDArray inputWeight, NDArray stateWeight, NDArray inputBias,
            NDArray stateBias) {
        NDList gates = Params.affine(x, inputWeight, inputBias).add(Params.affine(h, stateWeight, stateBias)).split(4, 1);
        NDArray input = Activation.sigmoid(gates.get(0));
        NDArray forget = Activation.sigmoid(gates.get(1));
        NDArray cell = Activation.tanh(gates.get(2));
        NDArray output = Activation.sigmoid(gates.get(3));
        NDArray nextC = forget.mul(c).add(input.mul(cell));
        return new NDList(output.mul(Activation.tanh(nextC)), nextC);
    }
}
