/** Deny by default: every resource method here needs the "header" backend unless it says otherwise. */
@Auth("header")
package dev.gatehouse.it.checks.closed;

import dev.gatehouse.annotations.Auth;
