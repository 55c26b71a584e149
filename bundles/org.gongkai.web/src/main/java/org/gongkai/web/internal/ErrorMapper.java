package org.gongkai.web.internal;

import java.util.List;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.gongkai.platform.AccessDeniedException;
import org.gongkai.platform.ConflictException;
import org.gongkai.platform.GongkaiException;
import org.gongkai.platform.Message;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.TooManyRequestsException;
import org.gongkai.platform.ValidationException;
import org.gongkai.platform.security.AuthenticationException;
import org.gongkai.web.GongkaiRest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps every exception to the JSON error body and the right status; unexpected ones are logged and become 500. */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsApplicationSelect(GongkaiRest.APP_SELECT)
public class ErrorMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof ValidationException v) {
            return ErrorBody.response(400, v.code(), v.userMessage(), v.fieldErrors(), headers);
        }
        if (e instanceof GongkaiException g) {
            int status = g instanceof AuthenticationException ? 401 : g instanceof AccessDeniedException ? 403
                    : g instanceof NotFoundException ? 404 : g instanceof ConflictException ? 409
                    : g instanceof TooManyRequestsException ? 429 : 400;
            Response r = ErrorBody.response(status, g.code(), g.userMessage(), List.of(), headers);
            // scripts get the Basic challenge; the browser UI (X-Requested-With) must not, or it would pop up a dialog
            boolean fromUi = headers != null && headers.getHeaderString("X-Requested-With") != null;
            return status == 401 && !fromUi ? Response.fromResponse(r)
                    .header("WWW-Authenticate", "Basic realm=\"gongkai\", charset=\"UTF-8\"").build() : r;
        }
        if (e instanceof WebApplicationException w) {
            int status = w.getResponse().getStatus();
            String reason = w.getResponse().getStatusInfo().getReasonPhrase();
            Message m = status == 404 ? Message.of("接口不存在", "No such endpoint")
                    : status == 405 ? Message.of("不支持该请求方法", "Method not allowed")
                    : status == 415 ? Message.of("不支持的内容类型", "Unsupported content type")
                    : status == 406 ? Message.of("无法提供所需的格式", "Not acceptable")
                    : Message.of("请求无法处理（" + status + "）", reason);
            if (status >= 500) {
                LOG.error("Request failed", e);
            }
            return ErrorBody.response(status, "HTTP_" + status, m, List.of(), headers);
        }
        LOG.error("Unexpected error while handling a request", e);
        return ErrorBody.response(500, "INTERNAL", Message.of("服务器内部错误，已记录日志", "Internal error; it was logged"),
                List.of(), headers);
    }
}
