# Read by gunicorn when started from this directory (`make serve`, the README's production
# command, the benchmarks and drills). Nothing in any log line may identify a visitor.
logger_class = "therapy_readiness.gunicorn_logging.PrivateLogger"
# Method, path without its query string, status, size, time: no address, no referrer.
access_log_format = '%(t)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'
