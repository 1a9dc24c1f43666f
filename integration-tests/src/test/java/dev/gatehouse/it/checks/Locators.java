package dev.gatehouse.it.checks;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records which sub-resource locator bodies ran, in order. */
final class Locators {

  static final List<String> RAN = new CopyOnWriteArrayList<>();

  private Locators() {}

  static <T> T ran(String name, T result) {
    RAN.add(name);
    return result;
  }
}
