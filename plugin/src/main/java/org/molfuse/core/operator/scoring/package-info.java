/** Operators of the Scoring category: benchmark splits and metrics. */
package org.molfuse.core.operator.scoring;
