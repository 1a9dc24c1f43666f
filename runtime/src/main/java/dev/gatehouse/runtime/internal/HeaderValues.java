package dev.gatehouse.runtime.internal;

/** Rules for values Gatehouse writes into response headers. */
public final class HeaderValues {

  private HeaderValues() {}

  /**
   * Whether {@code value} can stand inside a quoted string of a {@code WWW-Authenticate}
   * challenge as it is: not blank, printable ASCII, no {@code "} and no {@code \}.
   */
  public static boolean isQuotable(String value) {
    return !value.isBlank()
        && value.chars().allMatch(c -> c >= 0x20 && c <= 0x7e && c != '"' && c != '\\');
  }
}
