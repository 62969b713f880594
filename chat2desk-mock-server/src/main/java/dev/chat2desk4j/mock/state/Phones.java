package dev.chat2desk4j.mock.state;

/** Phone numbers as the API stores them: digits only, so "+7 900 123-45-67" is "79001234567". */
final class Phones {

  private Phones() {}

  static String normalize(String phone) {
    StringBuilder digits = new StringBuilder(phone.length());
    phone.chars().filter(c -> c >= '0' && c <= '9').forEach(c -> digits.append((char) c));
    return digits.toString();
  }
}
