package dev.edgarlive.query;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers an {@link ApiProblem} with its problem document. */
@Provider
public class ApiProblemMapper implements ExceptionMapper<ApiProblem> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ApiProblem problem) {
        return Problems.response(problem.toProblem(Problems.instance(uriInfo)));
    }
}
