/**
 * The contract between the code the Gatehouse processor generates and the runtime. Not an API for
 * applications: it changes together with the processor, and only generated code calls it.
 *
 * <p>The processor writes one {@link dev.gatehouse.runtime.internal.GatehouseIndex} per governed
 * resource class (listed in {@code META-INF/services}); at deploy time {@code
 * AuthenticationFeature} asks each index to {@link
 * dev.gatehouse.runtime.internal.GatehouseIndex#bindTo bind} its filters and registers, for every
 * resource method, the filter built for it. Per request a generated filter calls {@link
 * dev.gatehouse.runtime.internal.Gate#authenticate}, compares scopes and permissions inline, and
 * ends with {@link dev.gatehouse.runtime.internal.Gate#admit admit}, {@link
 * dev.gatehouse.runtime.internal.Gate#reject reject}, {@link
 * dev.gatehouse.runtime.internal.Gate#unauthorized unauthorized} or {@link
 * dev.gatehouse.runtime.internal.Gate#forbid forbid}.
 */
package dev.gatehouse.runtime.internal;
