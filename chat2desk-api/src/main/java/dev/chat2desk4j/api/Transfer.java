package dev.chat2desk4j.api;

import java.time.Instant;

/**
 * The record of a dialog moved from one operator to another.
 *
 * @param id the transfer record's id
 * @param dialogId the dialog that moved
 * @param clientId the client of that dialog
 * @param fromOperatorId the operator who had the dialog, or null when it had none
 * @param toOperatorId the operator who has it now
 * @param createdAt when the transfer happened, or null if the server did not say
 */
public record Transfer(
    long id,
    long dialogId,
    long clientId,
    Long fromOperatorId,
    long toOperatorId,
    Instant createdAt) {}
