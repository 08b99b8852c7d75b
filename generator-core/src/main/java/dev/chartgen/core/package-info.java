/**
 * chartgen's public API: {@link dev.chartgen.core.Chartgen} turns DIGIT module descriptors into
 * validated, hardened Helm charts. The library knows nothing of Maven; the Maven plugin and any
 * other front end translate their parameters into a {@link dev.chartgen.core.Request}.
 */
package dev.chartgen.core;
