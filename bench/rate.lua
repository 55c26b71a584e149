-- wrk script: each connection waits 8 ms between requests: 2 connections give about 200 req/s
function delay()
  return 8
end
