/** The HTTP speaker driver: commands to each terminal's JSON API, receipts by polling task state, back-off per terminal. */
package org.gongkai.broadcast.driver.http.internal;
