/**
 * The quickstart: one program that drives the full stack ({@code ResilientChat2Desk} over {@code
 * FeignChat2Desk}) through the four operations, against the embedded fake server or, with {@code
 * CHAT2DESK_TOKEN} set, a real account. Entry point: {@link dev.chat2desk4j.quickstart.Quickstart}.
 */
package dev.chat2desk4j.quickstart;
