package dev.chat2desk4j.mock.state;

/**
 * An operator of a fake account: someone who answers clients and receives dialog transfers.
 *
 * @param id the operator's id
 * @param name the operator's name
 */
public record MockOperator(long id, String name) {}
