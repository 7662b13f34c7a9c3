/**
 * Benchmarks that print figures: throughput of the core against a baseline measured in the same run. Speed targets
 * live here, never in unit tests.
 */
package org.molfuse.core.bench;
