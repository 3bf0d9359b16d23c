from lib import *

PAGE = dict(
    id="xv-06", kind="government", lang="zh",
    title="上海市徐汇区卫生健康委员会关于2025年第一季度医疗机构依法执业监督检查情况的通报",
    authors=[], publish_time="2025-04-22",
    doc_title="上海市徐汇区卫生健康委员会关于2025年第一季度医疗机构依法执业监督检查情况的通报",
    css=GOV_NEW,
)
CSS = """
.head{background:#1f6fb5}
.doc-meta{display:flex;flex-wrap:wrap;font-size:14px;color:#555;background:#f6f9fc;border:1px solid #e1e8f0;padding:10px 16px;margin-bottom:16px}
.doc-meta div{width:50%;line-height:28px}
"""

BODY = """
wh 徐卫健〔2025〕19号
main 各医疗机构：
p 为进一步规范医疗服务行为，保障医疗质量和安全，2025年1月至3月，区卫生健康委会同区卫生健康监督所，对辖区内各级各类医疗机构开展了依法执业监督检查。现将有关情况通报如下：
h 一、基本情况
p 本季度共检查医疗机构312家次，其中二级及以上医院21家次、社区卫生服务中心13家次、门诊部及诊所278家次。发现存在问题的医疗机构47家，问题发现率为15.1%，较上季度下降3.2个百分点。
h 二、主要问题
li （一）执业人员管理不规范。部分诊所存在未变更注册执业地点即开展诊疗活动、护士配备不足等情况。
li （二）病历书写不及时、不完整。部分门诊病历缺少既往史、过敏史等内容，个别住院病历上级医师查房记录缺失。
li （三）医疗废物处置不规范。部分机构医疗废物暂存点标识不清，交接登记记录不全。
li （四）院感防控措施落实不到位。部分口腔诊所器械清洗消毒流程不规范，消毒效果监测记录缺失。
h 三、处理情况
p 对检查中发现的问题，区卫生健康监督所已当场下达监督意见书，责令限期整改；对其中9家存在违法违规行为的医疗机构依法立案查处，共处罚款12.6万元，给予警告处罚5家。
h 四、工作要求
p 各医疗机构要对照本通报反映的问题，举一反三开展自查自纠，于2025年5月15日前将自查整改情况书面报送区卫生健康委医政医管科。区卫生健康委将适时组织“回头看”，对整改不到位、问题反复出现的机构从严处理。
sign 上海市徐汇区卫生健康委员会
date 2025年4月21日
"""


def page(body):
    return f"""
<div class="topbar"><div class="w"><div><a href="#">上海徐汇</a> | <a href="#">徐汇区卫生健康委员会</a></div>
<div><a href="#">无障碍阅读</a><a href="#">长者模式</a><a href="#">English</a></div></div></div>
<div class="head"><div class="w"><div class="sitename">上海市徐汇区卫生健康委员会</div>{search("请输入搜索内容")}</div></div>
<div class="mainnav"><div class="w">{ul(["首页","机构概况","信息公开","健康服务","医政管理","公共卫生","互动交流"])}</div></div>
<div class="w">
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">信息公开</a> &gt; <a href="#">通知公告</a> &gt; 正文</div>
<div class="article">
<h1>上海市徐汇区卫生健康委员会关于2025年第一季度医疗机构依法执业监督检查情况的通报</h1>
<div class="doc-meta"><div>发布机构：区卫生健康委</div><div>文　　号：徐卫健〔2025〕19号</div>
<div>发布日期：2025-04-22</div><div>更新时间：2025-04-23 09:15:40</div></div>
<div class="content">
{body}
</div>
<div class="tools"><a href="#">【字体：大</a> <a href="#">中</a> <a href="#">小】</a><a href="#">【打印】</a><a href="#">【关闭】</a></div>
</div>
<div class="box"><h3>相关信息</h3>
{dated_list([("徐汇区卫生健康委关于2024年第四季度医疗机构依法执业监督检查情况的通报","2025-01-20"),("徐汇区2025年医疗机构依法执业自查工作方案","2025-02-14")])}</div>
</div>
<div class="footer">
<p>主办单位：上海市徐汇区卫生健康委员会　　地址：上海市徐汇区xx路336号</p>
<p>沪ICP备11021798号-3　　沪公网安备 31010402003392号　　网站标识码：3101040025</p>
<p>{img("党政机关", 44, 54)}</p>
</div>
"""
