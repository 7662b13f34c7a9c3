/** Operators of the Language models category: SMILES language-model embeddings. */
package org.molfuse.core.operator.languagemodels;
