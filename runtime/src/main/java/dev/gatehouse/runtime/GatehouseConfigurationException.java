package dev.gatehouse.runtime;

/**
 * Gatehouse refuses to start: a misconfiguration that would otherwise let requests through or
 * break them at request time. The message names the resource method (where there is one) and the
 * missing piece.
 */
public class GatehouseConfigurationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** With a message that names the problem and its fix. */
  public GatehouseConfigurationException(String message) {
    super(message);
  }

  /** With a message and the cause. */
  public GatehouseConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
