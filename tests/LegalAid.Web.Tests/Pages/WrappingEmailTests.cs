using LegalAid.Web.Pages.Shared;
using Microsoft.AspNetCore.Html;

namespace LegalAid.Web.Tests.Pages;

public sealed class WrappingEmailTests
{
    [Fact]
    public void AnAddress_MayWrapAfterItsAtSign_AndStaysEncoded()
    {
        using var written = new StringWriter();

        WrappingEmail.Of("lawyer.mow@demo.legalaid<x>").WriteTo(written, System.Text.Encodings.Web.HtmlEncoder.Default);

        Assert.Equal("lawyer.mow@<wbr>demo.legalaid&lt;x&gt;", written.ToString());
    }
}
