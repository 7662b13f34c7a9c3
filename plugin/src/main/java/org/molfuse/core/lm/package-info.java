/**
 * Chemical language models over SMILES: the atom-level tokenizer and the vocabulary of token ids that encoders,
 * masked-language-model pretraining and fine-tuning share.
 */
package org.molfuse.core.lm;
