using Rezilient.Restore.Application.Common.Results;

namespace Rezilient.Restore.Application.Tests.Common.Results;

public sealed class RestoreErrorTests
{
    [Test]
    public void Invalid_request_is_a_400_with_the_message_and_no_reason_code()
    {
        var error = RestoreError.InvalidRequest("actor must be a non-empty string");

        Assert.That(error, Is.EqualTo(new RestoreError(400, "invalid_request", null, "actor must be a non-empty string")));
    }

    [Test]
    public void Not_found_is_a_bare_404()
    {
        Assert.That(RestoreError.NotFound, Is.EqualTo(new RestoreError(404, "not_found")));
    }

    [Test]
    public void Not_found_in_scope_is_the_e5_envelope()
    {
        Assert.That(RestoreError.NotFoundInScope, Is.EqualTo(new RestoreError(
            404, "not_found", "blocked_unknown_source_mapping", "resource not found within token scope")));
    }
}
