/**
 * An account-wide rate limit for {@code ResilientChat2Desk}, shared by every instance of an
 * application through Redis: {@link dev.chat2desk4j.ratelimit.redis.RedisAccountRateLimiter}, set
 * with {@code ResilientChat2Desk.Builder.accountRateLimiter(limiter, token)}, with each account's
 * {@link dev.chat2desk4j.ratelimit.redis.AccountLimit} and a {@link
 * dev.chat2desk4j.ratelimit.redis.FallbackMode} for when Redis does not answer.
 *
 * <p>Every parameter and return value is non-null unless its Javadoc says "or null". The limiter
 * and the limits are thread-safe; builders are not.
 */
package dev.chat2desk4j.ratelimit.redis;
