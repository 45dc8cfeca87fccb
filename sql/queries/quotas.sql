-- Named queries for vendor quotas (api_rate_limits is the configuration).

-- name: quota_all
SELECT provider_name, api_endpoint, requests_per_minute, requests_per_hour, tokens_per_minute,
       tokens_per_hour, concurrent_requests, status, queue_depth_limit,
       backpressure_delay_seconds
  FROM public.api_rate_limits

-- name: quota_record_hit
UPDATE public.api_rate_limits
   SET rate_limit_violations = rate_limit_violations + %(count)s,
       last_rate_limit_hit = now()
 WHERE provider_name = %(provider)s AND api_endpoint = %(endpoint)s
