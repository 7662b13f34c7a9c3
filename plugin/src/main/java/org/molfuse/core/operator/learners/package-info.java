/** Operators of the Learners category: training models and predicting with them. */
package org.molfuse.core.operator.learners;
