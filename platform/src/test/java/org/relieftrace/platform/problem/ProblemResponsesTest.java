package org.relieftrace.platform.problem;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The responses every operation shares, which resources no longer repeat, as the OpenAPI filter adds them. */
class ProblemResponsesTest {

    private final ProblemResponses filter = new ProblemResponses();

    @Test
    void aCommandWithABodyDocumentsItsInvalidInput() {
        Operation command = filter.filterOperation(OASFactory.createOperation()
                .requestBody(OASFactory.createRequestBody()));
        assertThat(description(command, "400")).isEqualTo(ProblemResponses.BAD_BODY);
    }

    @Test
    void theScannersOwnBadRequestGivesWayToTheProjects() {
        Operation command = OASFactory.createOperation().requestBody(OASFactory.createRequestBody())
                .responses(OASFactory.createAPIResponses().addAPIResponse("400",
                        OASFactory.createAPIResponse().description("Bad Request")));
        assertThat(description(filter.filterOperation(command), "400")).isEqualTo(ProblemResponses.BAD_BODY);
    }

    @Test
    void theScannersOwnRefusalsGiveWayToTheProjects() {
        Operation secured = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("401", OASFactory.createAPIResponse().description("Not Authorized"))
                .addAPIResponse("403", OASFactory.createAPIResponse().description("Not Allowed")));
        filter.filterOperation(secured);
        assertThat(description(secured, "401")).isEqualTo("not authenticated: a valid bearer token is required");
        assertThat(description(secured, "403")).isEqualTo("the caller's role or division does not allow it");
    }

    @Test
    void aResourceKeepsTheRefusalItNames() {
        Operation confirm = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("403", OASFactory.createAPIResponse().description("not county staff")));
        assertThat(description(filter.filterOperation(confirm), "403")).isEqualTo("not county staff");
    }

    @Test
    void aPagedListDocumentsItsRefusedParameters() {
        Operation list = filter.filterOperation(OASFactory.createOperation()
                .addParameter(OASFactory.createParameter().name("page").in(Parameter.In.QUERY)));
        assertThat(description(list, "400")).isEqualTo(ProblemResponses.BAD_PAGING);
    }

    @Test
    void aResourceKeepsTheBadRequestItNames() {
        Operation command = OASFactory.createOperation().requestBody(OASFactory.createRequestBody())
                .responses(OASFactory.createAPIResponses().addAPIResponse("400",
                        OASFactory.createAPIResponse().description("no reason given")));
        assertThat(description(filter.filterOperation(command), "400")).isEqualTo("no reason given");
    }

    @Test
    void aReadOfOneRecordHasNoBadRequest() {
        Operation read = filter.filterOperation(OASFactory.createOperation()
                .addParameter(OASFactory.createParameter().name("shelterId").in(Parameter.In.PATH)));
        assertThat(read.getResponses().getAPIResponse("400")).isNull();
        assertThat(description(read, "403")).isEqualTo("the caller's role or division does not allow it");
    }

    @Test
    void everyErrorIsAProblemDocument() {
        Operation list = filter.filterOperation(OASFactory.createOperation()
                .addParameter(OASFactory.createParameter().name("page").in(Parameter.In.QUERY)));
        assertThat(list.getResponses().getAPIResponse("400").getContent().getMediaType(Problem.MEDIA_TYPE)
                .getSchema().getRef()).isEqualTo("#/components/schemas/Problem");
    }

    private static String description(Operation operation, String code) {
        return operation.getResponses().getAPIResponse(code).getDescription();
    }
}
