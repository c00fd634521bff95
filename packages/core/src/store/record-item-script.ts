import { LuaScript } from '../lua-script.js';

/**
 * Stores a scored item and counts it in the series atomically, exactly once.
 * A second worker or a retry finds the item key and changes nothing; a
 * syndicated copy of a story already counted is stored (and listed under
 * its topics) but not counted.
 *
 * KEYS[1] item key         KEYS[2] items zset      KEYS[3] feed items zset
 * KEYS[4] story key        KEYS[5] events stream
 * KEYS[6 .. 5+n]           series day hash per topic
 * KEYS[6+n .. 5+2n]        item index per topic (same topic order)
 * ARGV[1] item JSON        ARGV[2] item id         ARGV[3] placedAt ms
 * ARGV[4] item TTL s       ARGV[5] story TTL s     ARGV[6] minute of day
 * ARGV[7] escalation ×1000 ARGV[8] de-escalation ×1000
 * ARGV[9] series TTL s     ARGV[10] retention cutoff ms  ARGV[11] events max length
 * ARGV[12] n, the number of topics
 * Returns {stored 0|1, counted 0|1, event id or ''}.
 */
export const RECORD_ITEM = new LuaScript(`
if not redis.call('SET', KEYS[1], ARGV[1], 'NX', 'EX', ARGV[4]) then
  return {0, 0, ''}
end
local topics = tonumber(ARGV[12])
-- Each index lives as long as its newest item, so the index of a deleted feed or an abandoned topic goes when its items do.
local function index(key)
  redis.call('ZADD', key, ARGV[3], ARGV[2])
  redis.call('ZREMRANGEBYSCORE', key, '-inf', '(' .. ARGV[10])
  redis.call('EXPIRE', key, ARGV[4])
end
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(' .. ARGV[10])
index(KEYS[3])
for i = 1, topics do
  index(KEYS[5 + topics + i])
end
local counted = 0
if redis.call('SET', KEYS[4], ARGV[2], 'NX', 'EX', ARGV[5]) then
  counted = 1
  for i = 6, 5 + topics do
    redis.call('HINCRBY', KEYS[i], 'e:' .. ARGV[6], ARGV[7])
    redis.call('HINCRBY', KEYS[i], 'd:' .. ARGV[6], ARGV[8])
    redis.call('HINCRBY', KEYS[i], 'n:' .. ARGV[6], 1)
    redis.call('EXPIRE', KEYS[i], ARGV[9])
  end
end
local eventId = redis.call('XADD', KEYS[5], 'MAXLEN', '~', ARGV[11], '*', 'type', 'item', 'data', ARGV[1])
return {1, counted, eventId}
`);
