// Every test runs offline: GitHub and the model's API are replaced by nock or a loopback server.
import nock from 'nock';

nock.disableNetConnect();
nock.enableNetConnect(/^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/);
