package dev.edgarlive.query;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

import java.util.UUID;

/**
 * The last line: anything unexpected is logged with its stack trace under an incident id, and the client gets a
 * 500 problem that names only that id. No response ever carries a stack trace.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class);

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable error) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(error, "incident %s: unexpected error serving %s", incident, Problems.instance(uriInfo));
        return Problems.response(new ProblemDetail("about:blank", "Internal Server Error", 500,
                "The request could not be served; incident " + incident + " is logged.",
                Problems.instance(uriInfo), null));
    }
}
